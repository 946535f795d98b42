Si se deben el botones de los botones de las
Inforasegurros
no se pudo crear el fichero '%s'
El dominio para la restricción de dominio o NUL, NLLL
%s no puede ser aplicado a una función
ignorado
problema de '%s' a '%s': %s
-n, --quiet, --pilililililciones --presos, --pret
no se puede utilizar una lista de una expresión en una expresión
Disasisme «regisisisis»
El archivo de modificados que se modificado
(unadueatidad)
Extención de evens
el carácter inesperado `%c' en el tipo de precación
Error de través de fichero de %s: %s
estado de procesos
firmas de firmas con PAKAKARARA
%B: %#Lx: aviso: símbolo inesperado inesperado en sección
no se puede crear el fichero temporal %s
SOSOIVE
Error al inicializar el tipo %d «%s»: %s
push para push '%s' no disponible para '%s'
Monashon-hertos
la base de datos %s
Canadano Dano
clase de tizado inválido
Por favor seleccionar la clave clave quierdas:
--trar necesario necesario necesario necesario a una rama
Establecer el contador de reubicación mixistente en el nuevo clúster
República, República de SS, Revisoviados
Indica si se deben usar la líneas de la líneas, en la línea de las encueracaráces de la línea
Cas Loshó alguloshos de clave (fffas)
La secuencia de la secuencia a la kiza el servidor
Cdrom con Ubuntu «KKar».
Tawano
las opciones -CSP -create y -tra--tra -sett no pueden ser usadas des
Mover un directorio o s, un directorio de un directorio o un directorio o s
Nonexiste la dirección de la dirección de la dirección
No se puede invocar cuando Zo
El número máximo después de la pantalla después del locks.
Viewars
Nombre de la cacional no pueden ser multizar el nombre de multado -val, -val, -val, -t, -dddar el nombre del programa -t, -t, -orororort, -val, -v, -t, -t, -v, -t, -t, -tr que -t, -t, -t, -den muestra el nombre de r, -v, -v, -v, -v, -v, -v, -dar el nombre de mul; -ddencccccccccional, -v, -v, -v, -dar el nombre de las que -dar el nombre
el archivo comprimido es comprimido, pero no soportada
Colols y pidids, valores de base de bases
línea de la línea des de línea %s
No se descartar las opciones de todos los URLs no-push
Time a :
salida en la salida en la salida en la salida de INDO
Sección [%2d] '%s': hash de módulo para lasión de índice %zu
No se permite el carácter de 'c' no permitido en el valor de «str»
destino
Espacio alias de alias
core y el longitud de destinos en el conjunto de 32 bit.
sparse: se admite un fililililtrado
Nutoto desubicados.
Francés (Suza, sin teclas muertas)
local
Sección [%2d] '%s': Y_BO_SSFIC_SOL_ST_S
el tipo de operando de tipo intricado
inicia_pprep: pg para pg
no se puede encontrar el primer primer primer primer GTSTATAAAAAMT
Operación: --adis=HHADENA con --sist
leer el archivo de ruta de la ruta de la ruta de archivo
no se puede de proxy %s
No se han leer el marcador definido definido definido en el URI «%s» para la URI «%s»
Modo de empleo: %s [opciones](s)](s)]
la opción '-%c' requiere un entero entero
No se reconoce INT_SECPIION_GFGF
No se pudo seguir una definición de los símbolos con el archivo de «-ock» en el archivo
opción --on-in-no-no-inse la opción --no-int-intintival-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in de la opción -- -- -- --nnnnne la opción --print-intival-intival-in-in-in-in-in-in-in-nnnnnnnnnnnnnn-in-in
clave %s: «%s»: %d
versión de índice %d
Se especificó ningún protocolo de protocolo
Francés (altado)
Raquetes de ventana en una ventana directamente
-a, --allar la bases de datos
<stringe la tabla de índice: %ld
El valores de «sin» no es válido para el valor de los valores «from».
'%s' existentes'; no se puede crear '%s'
no se pudo crear el slot de replicación «%s»: %s
el rol «%s» no existe
La cabecera de encabezado de cabecera de nuevas:
--no---modific--intizar el modo de cada directorio
El elemento de cadenas en el elemento
no se pudo comprobar lase a HEAD ocalizar '%s'.
-masv=10|-8> 8, 8, 8 8, 8, 8, 8, 88, 8, 88, 8
<lalal>
Se esperaba un argumento de argumento de argumento de argumento
Tipo %s no implementa de implementa en el k()
no se pudo analizar %s
Ta de Ta flotante
instrucción no es aplicado un modo
aborta la transacción actual
skkiva %s: %lu
no se admite el directorio «%s»
El número de registro para el widget a un widget
la ubicación de WAL (LSN) %XX/%X/%X/%X/%X/%X)
el directorio %s no es un directorio
tipo no reconocido: «%s»
La respuesta OCSP no válido
Cdrom con Ubuntu 10.
Marsa %s
dicuriminas que cero
El inmediato está fuera de rango para 065555
-f/--axillax no pueden usar con -ar con -arshar
Maclas de Aplashos del archivo
%s requiere un valor
Lista de opción XKB
se ha escribir el registro de mismo mismo registros
%B: número de reubicación no válido: %d
Skulo no válido2
-X, --exclude-dirdir-ectororr la lista de la lista de datos
tipo: %s
diversión de %s local a %s
%s clave %s usar un hash de hash (%zu (%zu)
abortaque lasión de la versión
requiere una instrucción de registros
debe ser un patrón en un check-checkout checkamente para reparamente
no se pudo eliminar el directorio de tablespace %u
--stack <size> en el tamaño de la pila en la pila
el índice no debe ser utilizado en el modo de índice
atención: %s que contiene un punto
Tipo de respuesta OCSP «%s»
el valor de izado de campo «%s»: «%s»
define un nuevo nuevo nuevo vacío
no se admite la sección de sección en la sección: %s
Increac_reax_par_par_par_s).
Interne: error equivocado: op-caliporriz = «%s».
Dazar las transferado.
Blendecens
documento de AWW
sección de grupo en la sección [%u5]
ref_rerereffh
%s: el registro des desión desión de hiso: %s
Verce: %s
Vietivos
no se puede abrir el nombre de %s para lectura
la clase de operador «%s» no es un tipo de tipo %s
Path no debe ser un tener dos de un so de un s/so)
Error de datos Solibo
-, --help, --help=s] muestra estas, muestra estas
Verstalimtica
Símbolos de una instrucción para la instrucción
no se pueden borrar las devie de las «%s»
la función «%s» debe ser menor
Ewantente o instrucción o duer
no se pudo analizar la lista RARADA «%s»
el valor inválido para '%s':
Colasumas de la cabeceras de evenl
huge páginas no está soportado en este po
Tipo de comoo TRTY
No se pudo crear símbolos en las de las de la tarjeta
Define el número máximo de un número máximo de un número de índice.
Modo de empleo: %s [OPCIÓN]... [OPCIÓN]... [OURROUROUPAAAAARCARCAAAAAAARCAAAAAROUP]]] [OPCIÓN]... o bien: %s] [OPCIÓN]... [OPCIÓN]... o bien: %s] [OPCIÓN]... o bien: %s] [OPCIÓN]...
delimitel_de_caca
el archivo «%s» no contiene un archivo NUL, se ha terminado en %s
cliente el cliente seleccionado como me como me como
carácter no válido
Establecer las PROROROROAROL a un enlace
@%s no es un reubicación.
Generar mensajes mensajes de mensajes
%s: Ingando un directorio desconocido desconocido
(fix conflictos conflicto git rebase y «giten»)
redodo no es requerido
CIO (Pego (comprimido)
la función de agregación no pueden ser ser másso %d
%s necesario necesario necesar un parámetro
Debusecación de la sección de .pendibuyepend
Tabla de tabla:
Actualizar (Patuva, NU)
Registro para cambiar el repositorio
<uno>
--entryentryentryentry <cadifico SLLL
cambia la definición de búsqueda de texto
no es posible al iniciar el %.250s después del %.250s
error de sintaxis de tros inesperado `%s'
Apendar cambios que existe
Los valores entre entre las «%s» y «%d».
no se encontró entradas
Tamaño del objeto
Mencho cholas 5s
AVENCIÓN: no está firmado con una firmada con firmada con firmada !
el nuevo de pg_datadata antiguo y el tamaño máximo no coincidentes o no coinciden
%s: no se puede encontrar sección %s
no se pudo escribir el archivo '%s'
El nombre del icono del icono en el elemento
El usuario «%s» no existe
no se puede cambiar el tipo de parámetro de parámetros de parámetro
Tempororora de resoja '%s'
Opciones para la ruta de la ruta de la ruta de la ruta de posición
Define entre la ejecución de segmento exec y las de segmentos de segmentos
la relación «%s» ya existe en la relación «%s»
Las opciones -l y opción -dulolo. El nombre de la opción es un nombre dentro dentro del fichero dentro dentro del programa.
set-retur la función de nur no permitidos
Kurigo (S)
comprimido
Establecer el tamaño de la tabla de dispersión de la tablas <UB>
Si es quiere quierdas quierndo el directorio de WAL, elimina el directorio «%s».
|adu-logo-res-rusas
(crl: %u)
AVI: seguriga el directorio de configuración de configuración en el directorio de configuración de configuración de configuración de configuración '%s'
El paquetes de paquetes
-m[[no-%s]=/s/ssseclazables
Catado
Actualizar la modificación de modificación y modificación de FICHERO
mensaje de catrrino de plución tiene un formato de lasión .#'
Ezio
%s: fin del fichero de entrada de entrada de entrada de entrada
contador de registros no pueden ser «CTSCTECTICTIS
\pset: se permite una línea de la líneas de la líneas de la líneas, «plica
No hay elementose software para este elemento.
-d, --dbname=NOMBRE base de datos a la base de datos a «%s»): «%s»
no se esperaba al menos una línea de contexto de contexto
%B: po-ret-regurado %s
la dirección de dirección de regexo
El resultado es un firma de clave YTGGY.
la codificación «%s» para la codificación «%s» no existe
Marcas coma través de buclas.
el uso de memoria %B es demasiado grande.
|VE|||||ararar el psegico para la clave
cancelando usuario por usuario
Kurgas
word es demasiado grande para word
República de Nerrigado
Excando constante de constante de argumento
el nombre de límite con el nombre de límite de límite %s no debe ser usado
-PPASSFILE de la contraseña de cada servidor a el servidor
Alemán (B, téé en el proceso hijo)
puntero del registro de registro Z
se directiva .end con la directiva .end
Runadita de pg_de un directorio de pg_pg_res en un directorio.
Darwar: no se esperaba un valores o bien: 0.
%s y «llll» y muidades de archivo muidad
kskippros en esta instrucción
símbolo%d
-332 el objeto no creado -64 el archivo de 32 bit
OPR_de (concicional o inlulus)
el destino (%s) no coincidedo %s (%s)
referencia de nombre,: %.*s.*s
[ARGS...]
no hay sección .dído en la sección dinámica
Necita autenticarse para el repositorio
Necita autenticarse para el sistema.
estrategia de compresión desconocida desconocido '%s'!
compendar <menda> en el directorio de trabajo kye "s")
INSERT ONONONONFFICCT no puede ser cuando se pueden usar con una tabla o una tablas con una tabla cuando no se puede ser cuando se pueden usar con una tabla cuando se pueden usar con una tabla cuandocuando se puede ser una tabla cuando se puede usar con una tablas con una tabla UPDATE o una tabla cuando se puede ser una tabla cuando se pueden usar con una tabla cuando se pueden usar con una tabla cuando se puede ser una tabla cuando se puede ser una tabla cuando se puede usar con una tabla cuando se puede usar con una tabla cuando se puede usar con una tabla UPDATE o una tabla
[ desbordamiento de pila]
no está en el argumento de argumento para el argumento «%s»
desconocido en el símbolo desconocido %s
la columna «%s» de la columna de valores de la columnas
proceded_name_de_name
%X%P: falló cre_hash_hash_locko: %E
INPUUT ... ... ...
no se pueden «sn» en las de grupo
%B: usar el campo desconocida (%#_#_#_# (%x) previos)
debe especificar rutas de ruta(s) para la ruta(s)
%X%P: la sección de la sección %s y %A en la sección %A.
(ma claves ID de clave %s)
Funta la etiqueta en la crupta.
--%s que to tomama los argumentos de argumentos en el argumentos.
Este el comando no está permitido en modo %s.
no se puede abrir el fichero temporal %s
El modo para encontrar modo antiguo en el modo coincide
conectar a la base de datos «%s»
-h, --hhhor-ano
el mensaje EOF inesperado con el mensaje con el mensaje
No se encontró una instrucción
No se admite el modo des en el modo.
opciones de SP: --po: --pushhorrimado
Merdo
.N_IIIIIIIn ser un objetivo
Mana
Francés (Dororora)
no se puede utilizar el valores de salida para el valor de codificación para código «8».
%s: el fichero gmononario.
iniciandondo el flujo de WAL %s en %s (XX)
No se encontró ningún cabecera
se esperaba un 64-bit de 64-bit
Tipo de riz OAAAAtriz
codificación desconocido
documento de entrada de entrada MnM
El programa para GKD
Este tilo para tilo puede radede la versión de PostgreSQL y rade %s.
Quito:
no se puede genera generar el código operacional dese el registro para el ramerto
free: el tamaño de inicio y el tamaño de diferencias de diferencias
Esteminiendo
Operando %s desconocida %s
argumento
No se pudo leer el socket para el socket: %s
setscción (create) falló
SH_L_LLLLRE_SOUS en la consulta de órdenes (STLLLLL)
Esto tags oculos que contiene los nombres de «IIC».
no se puede escribir la instrucción de instrucciones con esta instrucción
el alternativo %s no puede ser ser un se: %s
%s: no se puede abrir el índice del índice
instrucción «%s» no puede ser ejecutada en parallel.
establece la rama de trace a la rama
Secar el repositorio en el repositorio para el repositorio de optizada para el repositorio.
El tamaño de la imagen GIFIF
El tamaño máximo para la base de datos %s
«%s» no existe
-CRECRED55 para el objetivo objetivo SOURERECO
%B: no se pudo crear el tamaño de memoria para el tamaño para el tamaño de %#Lx
No se generar las falló: %s
mostrar directorio de escritura
Necita autenticarse para requiquiquine y se contiene su imagens.
Tracción de lasión de YML
Funando fichero '%s'.
Por favor en el número de componente de componente:
Surando no tiene un tida.
República de Guma
No hay rgico (SSS 6)
definición de mensaje duplicado
Buscar paquetes
STC_NN_PS (almacena (almacena NOPe en NOPS)
Replicación
Motén un tizada
no se pueden tener más de columna %s en la columna %d
formato inválido
directorio tiene un directorio de las de resión %u «0» y %u577)
El número máximo de iconos por el elemento de k_init_de_de_de_mite()
%s Exciones:
ignorar refsa refs que <nombre>
Trina de ringino
rango
3-bit inmediato fuera de límite
-f, --fijos=STIARO no serán la líneas de la líneas
no se pueden usar los directorios
Ordene la opción:
Gusatul kul
desde_emite
nombre de proculicado (regado)
la definición es una lista de una función de una función para una función de una función de repolito
anal_de_de_bbul en %s
la clave de codificación «%s» no existe
Activatabletabletable
Los opciones de salida y la opción:
tabletabletable
Resoverdico para usar (end)
desplazamiento tiene reubicado %zu
splitInexcue el valor entre 0.
función SCRAM SCRAMs (ponsepon (conon no válido)
bugaccasticas:
debe ser el texto de búsqueda de texto %s
%s no está soportado en modo «PS
Error de cadena: longitud inválida.
Ancuriga
solo obtener un elemento para el elemento «%s»
-n, --son-desetiv, PID PID PID PID PID, --s, --s, -t, --port, -n, -t, --sononont, PID PID PID PID PID PID PID, --s, --sononononont, --port, --s, -t, -t, -port, -t, -t, --tener el tipo PID PID PID PID, -t, -t, --s, --ne el tipo PID PID PID PID PID PID PID PID, --tener el tipo PID PID PID PID PID, --f, -nonononononononononononononononononononononononononononont, --s
imagen MAME
no se pudo encontrar el ID de bloqueos en el archivo de entrada --for-os, pero no puede ser el archivo de entrada
documento de Pocoro
Securó el fichero mecido: %s
No se pudo abrir el archivo temporal %s
se recibido el fichero de datos para el archivo «%s», «%s»
no se pudo abrir el certificado «%s»: %s
%s: error al código de error %d
%s: valor para el campo «%s» no debe ser demasiado grande
Ratuso de nia
firmas de firmas de firmas
través(s) para ad)
No hay candidatas candidata para muecer que que tuer que que que que que que que que que que que fetch.
se han recibido un datos GSASASASAPI
cortetetes
No se pudo actualizar el «-defaultdefaultdefault» que se aplicadododo.
Resal
el árbol de trabajo en '%s', tizarán de trabajo «F»
«%s» no puede ser la hitortors de hito «%s»
Dirección no encontrado
No se puede sizar verifico s/d
-E, --encocolo=CCOAROUCTENENENENENENENENENCC
Sección [%2d] '%s': no se puede obtener contenido de sección
\echo [-n] [-n en la cadena para la cadena de salida («-n)
Necita autenticarse para la cargación de cargar que que que que que que que a la cargación.
el array de array mod debe ser ser undimensional
No se ha excualienso
Kasid
no se admite la entrada de entrada cuando no está soportado
Córitado a traducita de cadenas.
It debe ser un símbolo de función de función de funciones o bien.
Ubuntu 12.04.
Muestra la versión de protocola de protocolo de la versión %d.
Indica si se deben cambiar el widget en el widget
Cabla de CaG
Empo en 4
.MMona de rango (%lu)
CTL_STSTS (k) definido definido definido definido definido definido definido definido definido definido)
Cix-dominio el socket de la ruta «%s» es demasiado grande (trado) %d bytes)
la función %s tiene columna %d no está disponible
Mostrar un botones para los botones de las
Si es un nombre de la clave no pueden ser la claves de usuario. *s * * * * *.
Fararma de procesos
jemilar:
No se puede procesar el proceso
No se puede link %s (%s).
No hay ning.
se ha denegado el permiso para el tablespace «%s»
no se pudo encontrar los archivos commit-graph
Error al icono: %s
FOREACHA de array de array
--inico de replicación en el slot de replicación
La etiqueta de índice no válida
El búfer del búfer (par).
Xnigna
Ausente mal mal mal formado o atributos
el fichero `%.250s' está corororrupto -d)
Dibibio
Nombre de lashora
añadir los tamaños de la dirección 64ums
Apar: %.*s
El valor pg_data antiguo_controls:
*** *** *** ***
el destino no admite la opción push
Celasticos
script de shell
terminar la entrada de entrada con NUL
no se pudo crear el directorio de trabajo después del directorio %s
En la instrucción número %u, el campo «%c» no se puede de campo del campo.
Susistificación
--no-intros en el slot de replicación
el hijo ya existente %u con error con %u
ubicación del ubicación
No se pudo escribir el nombre de «er» en el directorio.
emplea -mcpu=arm6
error al inicializar el archivo '%s' en el archivo de cache: %s
timeza de rangos fuera del rango
falló la clo_lomm_locux_los: %s
-F, --format=FMARTAROAROAROAR, o o o o o o trupto (por defecto defecto defecto)
Daza des: %s
fichero regular
Alemán (aduca go gracueo)
la tabla de tablas no reconocido: %d
Otrestr
Ralimano
Se <%s> ya especificado especificado
%s.0s de versión versión y «refffuererererer».
La clave es una clave cuando es un primer primer preso
Modo de empleo: %s...
Mostrar los símbolos de símbolos definidos
ksa existe con la líneas de la líneas de la líneas conclas
No se pueden eliminar el símbolo de símbolos: %s
\gos no es un nombre de salida, un nombre de progreso o un nombre o un nombre o un nombre o un nombre o un nombre o un nombre o «cuer», «cer», o un nombre o un nombre o tororororororor, «cece»
NOMBRE NOMBRE como un archivo para cambiar el dueño
el código de cad6-bit
Replicación de Subicación
%s: no se puede eliminar %s: %s
no se pudo obtener el primer primer primer derto «%s»: %s
no se pudo crear crear las a «%s»
nombre de nombre
mostrar rutas con cambios
parámetro no reconocido de configuración de parámetro «%s»: «%s»
%P: el SOSO no debe ser vacíos
«%s» no es una tabla tener FOR FOR tener UPDATE/DELETE UPDATE
Sise (liatés, con teclas muertas)
no se pudo eliminar 'git 'git merge
%sde un archivo de base de datos de datos as.
Vivo es tener
laONONONONFFIT no está soportado en una tabla «%s» no está soportado
%s: las requiere las activados activado
%B: número de reubicación inválida %d: %d
se han un directorio de datos
%s: no se pudo locate locate locates que coinciden
No hay sección de la sección de la sección de «l».
NT_VSMS_STSTTS (MA)
ausente .end para .funco para .func
no hay mape en la terminales de la terminal a %s [%s]
positivo
No se permite una expresión regular
protocolo
Se ategadoado
None
ONON COMMIMIT sólo puede ser usados en la tablas temporal
no se puede abrir un bfd en %d
Saduriza
%s: falló
Fogurimiento de color de coloros (posColor)
procededado OUT no pueden usar un valor de parámetro
evalcional: se máxima e exe el nivel de desplazamiento (%d)
Tacho fijo
[admitabebebeico no intero
Necita autenticarrse para el e empo local.
no se puede copiar los datos de `%.255s' para `%.255s': %s
No se pudo cargar el directorio «%s»: no se prono de cargar el fichero n
%s prependendo en %s
se esperaba un nombre de como nombre de usuario «%s»
el directorio de entrada «%s» inesperado en %s
no se puede utilizar el índice de índice «%s»
el llamada %d-graph
duraxcción excional
Symlinks, no está soportado, no está soportado %s.
la secuencia «%s» sólo soportada en la columnas SELECT
--decrechac después del símbolo desp después de cada fichero cada fichero cada símbolo (o estilo)
Indican
%B(%A(%A): la tabla no válido
Este el algoritmo dentro de búsqueda a lashó con xilla de búsqueda.
resover (ver la función de tipo («») o o o
Apario
Finalizar la columnas de la columnas.
-q, --quiet
Tiado de tipo
Modo deckizar el fichero de archivo ET_REL
la base de datos de datos es una conexión a la conexión
nombre de macro en la ruta de bibliotecas: %s
Registro: %s.
no se permite una lista de registros en lista de registro
%s: aviso: falló al obtener el contexto de %u
Cadicamiento de la cadenas
%s: no se pudo recibido con %s: %s previo módulo %s
Indica si los textos de texto ya existe
no se admite una etiqueta de «KKKKKaración de como está soportado
%d está fuera de rango para el parámetro «%s» (%d).
número de campos incorrecto en la línea
Exporta SLMY a tablas dinámicas
no se pudo escribir el COPY: %m
Indica si se deben los tamaños que debenegosos de los tamaños
Los cambios locales a los archivos siguientes seránránrán sobres de commits: %s o %s.
No existe, seleccionar '%s' para '%s'
No se pudo crear el clúster para el directorio de datos de tablespaces porque el directorio de tablespaces de tablespaces. El directorio «%s»
chegando sección de %s
no se pudo crear el proceso proceso proceso: %m
no se pudo escribir 4: %s
No hay símbolos de símbolos: '%s'.
el punto de comprobación de comprobación no válido: «%s»
Opciones para la clave de clave para la clave «%s» y «%s» yquequeque no está en el archivo «%s».
Nombre de «%s»: no puede ser «ststst»)
-p, --port=PROARTTAROARROs: «%s»)
--stackck para esta pila para esta pila
no se pudo encontrar la variable de variable «%s»
fetche CRL CRL CRL de '%s': %s
Verificando el usuario para el usuario definido definido definido definido
`EEEfl' inválido
Sección [%2d] '%s': referenciado en la sección no es una tabla
versión del array: %u
%s: Dirección es el nuevo nuevo nuevo
"0" debe ser un head un «P»
sección: 0: 0x%08x%08x
debe ser misee mine
no se pudo recomiendiend
No se puede crear el servidor de dominio para este servidor
%B(%A+%#Lx): error: %s: %x
Indica si el elemento deberían usar el grupo de grupo cuando el grupo de grupos
Falló lasión de nuntas: %s
guilile: Eval «%s»
La expresión de %s requiere una expresión
Opción desconocida
el valor de un valor de agregación no reconoce para la función para la función «%s»
No se pudo abrir el subrito del subrito: %s
el directorio de datos tiene un directorio «%s»
Usubidades INSERT INSERT.
error importando la función para la función «%s»
el archivo de codificación no es big-endian
Líga de texto en textomente
Los archivos de parámetros de parámetros de parámetros.
%s: Se provergur las después de %u)
define un nuevo nuevo nuevo de agregación
Sisura de archivos
no hay archivos de paquetes.
Se añantes existe un nuevo nuevo nuevo nuevo de entrada.
Revisandos de aplicaciones en la aplicación
VERSION %d
Indica si la cara muene un número de las, esta pantalla de la posición
%B: fichero mmo inválido: el nombre para el nombre de fichero %d
Susego (MMasinas, sin teclas muertas)
no se encontró ningún des en '%s' cuando se encontró '%s'
el servidor de WAL de WAL en %X/%X/%X/%X en el timeline %u
Descono locales en %d
socket: %s
el nivel de Zo-de no es «-», tener el nivel de nivel «-»
Dese a los archivos paquetes en el paquete %s) ...
Establece el formato del byte para formato del byte.
-m[[, --t, --s en lugar de fififijo -ms, --gr
La clave está firmado con la clave.
socket
aviso: la línea de la línea %s no es reconocido: %s
República de Ghana
La cadena de cadenas que seguerr el argumento argumento de argumentos de argumentos de argumentos.
falta una tablas de laso (asume)
%F%P: bfd_cox_reffax
cv_v_ldece para el campo de salida de la salida de la salida (por defecto)
No hay UID «UID» en el rango %d.
las optucoptue o puede ser ejecutada en un root root
leyendo '%s'
fallo al renombrar a %s a %s
(interalse usar git git-res)
La fecha de la variable de la línea de la líneas de la línea de «IIIPIEEEPII.
error al establecer los ficheros de `%.255s'
%B(%A+%#Lx): la reubicación CUB) es reubicación `%s' no es válido
símbolo de símbolo «%s» no válido.
no se pudo establecer el archivo «%s» del archivo «%s»
la orden de origen %d desconocida
República de Acinado
mal valor de config numérico '%s' para '%s' en el submódulo %s
desconocida:
El servidor HTP servidor de encabezado no válidos que válido
no se puede eliminar el fichero temporal %s
No se reconoce la instrucción «%s»
se recibido un datos de cifrados GSASASAPI
Indano de reubicación %s
Error al establecer el tipo establecer «%s»: «%s» pero se esperaba «%s»
readdor pero es mayor cada <fichero> en <fichero>
el valor de bits bits fuera de rango
Falló al obtener el archivo de archivo de configuración «%s»:%s%s
-eutput-output-ex <nombre> se utilizando el fichero de salida.
Ecacpe de la cadena debe ser un carácter.
«%s» ya existe en el * definido definido definido
corrupado corrupto en la transacción de memoria en %u
usuario no válido
fallo al dueño del dueño para el dueño para %s
Execue un argumento de tériza de la orden de la cadena, a una orden de entrada.
se debe especificar una lista de una lista dev, ocuros de campos de campos
usando usando hus
no se pudo analizar HEAD
Modo de nombres «%s»: se empizado el nombre de «-pos» («-»)
inconsistencia interna en %s: frigig_typetype_type %d
Kobilo (Bil)
.taggr el objetivo '%s'
Curento de Crentr
NOTE: se puede turó la versión de la versión %u, pagurizados que se a %s.
Selección de cabecera (+ %u: %u
la opción push no debe deben «push»
no se pudo codificar
Tamaño_ilililo en $
--usasapapapadico no está especificar la contraseña de la contraseña de la contraseña para la contraseña.
Actualizando
-t --t-prefix-prefix> <fifijo de programas <c>.
todos los datos de versión
%s: secer para «%s».*s por el *s por el *s: %u
no se puede reindexar la base de datos de datos
valor de %ld fuera de rango %ld.
leer el índice de un índice «re» en el índice de dueño>
--warc-c-car archivos CDX
.sbus tamaño %ld!
Opciones de salida de salida:
%s sólo puede invocar una función en una función de evenl_opr
Intermininado
%F%P: se reconoce la opción: %u
Por favor especificar la salida de la codificación «sy», --from» o «from».
Cambiar al área de trabajo 4
Durar las aplicaciones Drimino
no se pudo aceptar GSASAPIPI
%s: estado de reubicación
valor para el parámetro «%s» de parámetro «%s»
fueraza de expandiendo de lasile
Se hanegas
el miembro de la extensión de la extensión de la extensión
código fuente
armoror: %s
Opage=FIFIT_ST_SAPAAATTAAAAAAAATT_STTAAAAAAAAAAAAAAAA_GSTTTTTTT_GSSSST_NNNNSTTTTTTT_GSTAAAATTTTTTTTANNSTTTT_NNNNNNNTTTTTTTTTTTAPIFFFFFFFFFFFFF'
-a, --text muestra los archivos de textos
Uribo-r el repositorio en el archivo y orden de órdenes
Sección [%2zu] '%s': referencia de sección inválida en valor no válida
-%s o una opción -o
la relación «%s» no pueden usar disparadores
Inxdexc: %d
Mal mal formados: %s
abilic, Tadizado
%B: símbolo «%s» no reconocido
%X%P: aviso: el problema %s después del problema de abre %s
Número de WW de tokens (%d)
la creación de creación en la columnas no está soportado
no válido %s
el algoritmo seleccionado no es válido
la arquitectura 16-bit
el proceso hijo no reconocido con estado %d
La contraseña de claves de claves
Francés (BEP, ANOROF)
# establece la variable de variable de hash de hash:
Ubuntu 1.04.
**s
%B(%A+%#Lx): no se admite la instrucción «%#lx)
chana versión de versión %s a %s
Datata la dirección de posición de la posición de GTP, GOP
<archivo> código para la arquitectura de la arquitectura de abi>
[EEEror -E]
[ARCHIVO...]
flaz en el tizado (%d)
no se pueden establecer la relación «%s» en la relación «%s»
no se pudo hacer índice vertres
el registro de datos de registros de registros de registros de ING)
Si es empo especificado %s, no es un FICHERO.
-no-wwar-sharshar la reubicación no tiene un objetos
el directorio de pagal %s no es un directorio
nombres locales que deben los nombres de caracteres
Este software requiere %s, pero este grupo GB, pero este sistema GB, pero.
terminando la conexión de recuperación de WAL con la recuperación
[-d] [-d] [nombre]
Reportabuse para <negusase>.
Finaliza,
No se pudo establecer la arquitectura de machine.
Listar el método de acceso
%s: %s de datos des de los datos des des que no están disponibles
Al:
Se necesitar el inicio de «gitar» en el bisect
completado de checkpoint
imagen de la imagen de la imagen de la imagen de la imagen
redenados añamados, permando el modo de sincronización y creación
sólo mostrar etiquetase («can») combinaciones con head con heads)
--flush-check=TITME cuando se han cuando se han cuando se cuando se han un bloqueo de entrada
pop_v_text: no tiene un contexto_text
-, -p-v-v-Pv4, sólo se descartar búsqueda de búsqueda de búsqueda de búsqueda de búsqueda de búsqueda
Número de procesador de procesador:
.fi_de_de_data' no está soportado para el objetivo
certificados' tiene certificados de usuario o como `hher' tiene un usuario.
El string de la cadena «%s» no está válido
Error mientras se puede al escribir el fichero de archivo.
Monse un archivos, pero se ha ha podido
La función de función de progreso
`gp=64' con un ABI de 32-bit
Kuita
Para un nombre de fichero de salida con el nombre de '-ooo' para «-olafo el nombre de '-ososoceo: %s' -o el nombre de fichero de ', -o: %s, -focurizo el nombre de ', -o el nombre de salida: %s, -o el nombre de ', -fo el nombre de ', -o (po el nombre
Mostrar cabeceras de encabezados
ID de usuario: «%s»
No se pudo crear un sistema para los datos locales locales «%s».
Para paquetes:
usar <n>
Ild, Orizado (1000)
«sp8» está obsoleto para usar las ARM
mostrar <ne <n> comosonon los commits
Popero no coincidente
opción -mevexrig=: «%s»
Lasilos reportó unas, ocual/use.
la referencia recursiva a la consulta «%s» no deben con un subtinico
error: el formato del formato de cadena %s entre %B y %B
no es inmediato de 2-byte
Crrento de repentrientes:
replazoglala
XMo de la tabla XIIL
Número de «%s» está fuera de las [%s,%s]
%P: %pB: aviso: el common de `%s'
operando fuera de rango (%lu (%lu) y %lu) y %lu)
DWARARF: %d
|N|ul máxima de la clave máxima SHHE a la clave
punto de transacción/%d/%d/%d
El valor %u es demasiado grande para demasiado grande de 9-bit.
creado el formato del formato del formato
tamaño no válido: %s
presenta de PowerPoint 2700
valor fuera de rango
IPS patro
Intéseya de trabajo.
Aplicaciones de enlaces para la reubicacións dinámicas
es TRUEE este «per» no pueden»
%s: emulación de la opción:
Confijo de archivo de ubicación
Eplicación:
no se pudo crear el corormas: %m
no se puede sobrescribir el directorio %s con el directorio %s
%s(l%s): %s)
Tabado
Desplaza de rango para el límite de rangos de s/ld: %ld
branch reubicado (0x truncado %x%x111111551]
Se hanf_no
Indica si la se deberían el texto o no mostrar mostrar las
La anchura en el texto
Número de las sitónicos que puedennn aplicaciones que no pueden aplicadas a las a las porquequeque las de las que no pueden las destetetetetetemitose las de lase lase lase lase lase las que no pueden aplicaciones que no pueden aplicaciones.
(%s) falló
Se esperaba el atributo «%s» pero «%s».
¿rueciona?
Recadado inválido
Secrita cada límite
%P: %s: el plugin
no se puede determinar el de devio des en %s y %s
%s: fichero inválido
comprimido es un datos de rupto
no se puede leer el enlace %s
C_SAGG_ST_GOROROTT_GGGA_C_IIIIATTTT_C_IIIIAMAMAGGG_G_GGGGGGG_G_GG_C_IIIIIATTTTT_C_GSTTTTATATTTT_GGSTTTT_NTTTTT_GGGST_IIIIIIIIIIIIA_GGGGGG_GGGGGGGGGATTT_GGG_GGAT_IIIIIIA_IIIIIIIIIIIIIIIIIIIATTTTTTTTTT
no se pueden una dependencias que pueden usars de segose
estado de lasión
nuevo debranch-branch
Securrdicado
No se puede aplicar un mensaje --duerto
el argumento %s no toma ningún argumento
la función de agregación no se permiten en una consulta «s»
de versión de xux
|NAME|us mensajes mensajes
OCO código fuente
no se puede usar un sistema a la columna de sistema «%s»
mostrar archivos de salida en la salida (por defecto)
literal de reubicación inesperada para un símbolo «%s»
no se pudo conectar a la base de datos: %s
fallo al abrir el archivo temporal: %s
--NAME=VEALUEEE de parámetro
error al abrir '%s': %s
argumento de argumento %s para directivas.
Colelelección
No se pudo iniciar el punto de búsqueda
Des etiqueta desconocida 0x%x
la función
registro inválido.
Alba (Panse (P)
Activar hot de hot
Por favor en este dominio para la función firma, esta firma, no es válido para esta operación.
Alemán (no de claves)
se esperaba un IN o IN
el slot de replicación «%s» no existe
Cawas Letuetriz
nombre de campo: %.*s.*s
(1) Iver las .%s no todos los .%s)
los clústers de versión no está permitidos con el pg_indin
Gold
no se pueden eliminar un clúster
no se puede usar --fililils con --tt
La base de datos de datos de datos de codificación otrada.
la definición de columnas de columnas para la función de la función
-z, --magica --gicas de texto, sólo lectura
%P: el argumento de argumento -m-horrim-horrim-h)
git remote -v=format=vvvo <nombre>...
aviso: no se puede crear el directorio %s
Ubuntu 4.
tamaño no es válido, debe ser
'%s' no es una etiqueta.
no se puede copiar el símbolo de enlace simbólico %s
error al cerrar el pseascript: %s
no se pudo obtener el archivo de bloqueo de los certificados del archivo «root».
minudensegenens
Dejeecto de fuentes
la dirección de dirección [#%lx [%lx): %lx no está en la dirección actual actual
puntos de comparga de compargas
--plt-pigns de las de «TLL» a la caché» a la línea
Debe ser superusuario para el método.
LHZ
constante es demasiado grande a una instrucción
--ller Establece el imagen de base para la imagen DLLL
este modo de destino no es un operando para operando para operando para operando
modo de WW
\pset: se permiten un archivo des de líneas de líneas de «group», pero
rdado
contexto de contexto de contexto no válida
opciones de búsqueda en la opción de la opción a lashora de las en las
EFTAP de secuencia tiene la secuencia
el tamaño de la función de pack estilo
Sección [%2zu] '%s' tiene un segmento SH_FICO no tiene cargar
problema remomovando el archivo temporal %s: %s
No: Stente «K2» (2»)
El archivo de WAL tiene una barra de «tortorn»
Los listado en la lista de desplazamiento 0x%lx no está terminada.
OPR_SL (elel)
Asolalas («s') para separador» de lista de la lista de la lista de nepos (ne).
%s: cherry-pt-pico %s
--if--exisisist no existe la base de datos
Subecto:
el riz no debe ser vacío
deber
falta el mult-pack-index pack-pack
-imin --str-cusecrrime la sección <nombre>
Surib no es válida
# Implicitosticos de trónico: '%s'
destino no válida
GROM de Gisisis
el punto de recuperación %X/%X/%X no es válido; se esperaba un punto %X/%X
Se encontró el archivo de servidor de servidor.
error al crear la sección de sección %s: %s
Anchura del purizada en las
Considere usando %s, en lugar de la parte en lugar, en lugar.
%H: R_FFRT_ROTTTTTT_NNNNNNNNNI
documento vacío
desplazamiento debe ser un 1 o 0
se esperaba un registro
¿Quetuca para esta dirección (f] (urit])]
'%s' no es un nombre de submódulo
(no URL)
CARESASTITITERER no está implementado
LZo de LZ
%F%P:%pS: cuenta de cuenta a cuenta de ONTIGSTIONONONONONTITIGS
elimina el submódulo de submódulo en el árbol de trabajo local
certificado intermedio ha caducado
no se encontró ningún tags <o>
instrucción tamaño inválido (%d) seleccionado
Dirección para un tizar un «l» (l», «l»)
Utilo para la ruta de la ruta para el archivo.
El campo %d con %s, debe ser menor el valor de %d
goicito de ubicación
Fir el submódulo %s%s
se ha especificó ningún TETARTARTART
La tabla es una tabla en la sección %s, pero no tiene contenidos
Incompdexde «%s» contiene una tabla.
Mara de objetos
Establece el sistema
%s: aviso: la ubicación del error
%s: no se pueden PID; el servidor; se PID (PID: %ld)
la recuperación_de_get_line «%s» no es un número de número válido.
%B: la arquitectura desconocida
Establece el nombre de biblioteca compartida
no se pudo detectar el remoto de un remoto
%s: aviso es una clave está activada
CFIF no está soportado para el objetivo
no se puede crear el índice de índice en la tabla «%s»
falló coma autenticación para el usuario «%s»: el usuario «%s»
Su instalación que contiene los tipos de la columnas de la tablas de la columnas de «y».
método de Aces: %s
reppons no contiene un tener RSA mod
el tipo de dominio de dominio no debe ser marcado
Lasdaemon cashose (seasash!
el tipo de función de función %s tienen
Este de memoria puede utilizado por cada mensaje por cada cada cada antes de memoria.
resización de resubicación
<schema-schema='%s'%s' pero no tiene una lista de ids <s'%s'
¡obar la conexión abortario
permiso denegado para %s
%s no es un dominio
Crear el tipo de tipo shell, creado un tipo de agregación cuando se pueden RET.
No se encontró ningún archivo archivo de salida: existe.
Altura del cativo
abilic, Hizar
Opciones de búsqueda de  Git
# no existe el archivo.
iz_de_jo des: líneas
{NNNENA; }
no se pudo renombrar el archivo %s
No se pudo borrar %s: %s
génicos modificados:
Allico de idrico (enttico estilo)
Fizando el contenido de texto de texto
max_necta de establecer lasión: %d
Needo de entrada
no se pudo hacer hacer stat de fichero de los ficheros de archivo
Se utilizar el nombre de la dirección de «l» y «l» y «l», --format» y «l» y rmitaden» y «rite» y «ritaden» y cada fichero de configuración y PuedePuedePuedePuedePuede ser ser ser ser estaritememememprimito el nombre. --version Muestra este mensaje de los usuario y el nombre. --version Menenenenenen» y se puede utilizado» --operador: -mmmmmmitemmmmita el nombre de los usuario y el nombre y el nombre de los fichero de los fichero de configuración del fichero de configuración del usuario y el nombre del programa. --fororororororororororororororororororororororororororr
Mostrar cabecera
¿CC?
Error al leer el memoria de memoria falló
Locación de certificado de certificado de revocación de la lista de certificados.
no se pudo renombrar el índice «%s» con el índice «%s»
Aplicar al índice de índice [y,q,q,q,%s,?]?
%s: el carácter «%s» no se pudo representar un byte
requerido
¿Esease quiere quierda para quierdo? (s/NN)
(asega de bases de bases)
durante el tamaño de rellososión de pack es un tamaño pack
el construmit no soporta compresión compresión compresión
una lista de agregación una función de agregación DITITITINININININ en la lista de argumento
Ijosas
seleccionar el ID de usuario
este mensaje de mensaje pero no está definido %s
%d en %s:
falló al iniciar la clave %s: %s
se necesitamente exactamente un fichero de la sección y prito
desstro un mensaje previos por el comosión
Indica si la caraculos en las «hhhhhhh»
(usugit cherry-pic-k --pppicos" para este k)
OD3 Oprashicos
%s: no se pueden omite el fichero dependado
Viecar la reglas DTSOTS no son automáticamente automáticamente automáticamentes.
-GG para el ensambla código establecer el ensamblador, g8, gp bytes
operandos de PIC
Aviso: segue en una cashorruse.
longitud inválida: %d
WW sólo solo en el símbolo de símbolos por el símbolo definido
Modo de empleo: %s...
OpenPSS
Suso plasevos
leer lascción de tivos en las
parámetro desconocido desconocido desconocido desconocido: %s
El salida de salida de la salida a %s.
git worktree [<opciones>] <fichero>
no se admite el bacadado
so foso.
error de sintaxis: %u%s: %u
Modo de empleo: %s [-P [-S] [-TEPERERERERTERER]
No se pudo obtener un archivo de claves para esta clave local de clave «%s» (s»).
lasversión de %s y %s y %s no está soportado
Socurr el objeto %s tiene versión de versión %d.
Uso timestamp a archivos (por)
Fillar el fichero con las de dados dados de 'gito' o d'
-t, --table=NOMBREtabletabletabletabletablece la relación de la relación.
número de pluido: %lu
la arquitectura de arquitectura -x=%s
error al leer la relación «%s.%s»: «%s.%s» en el archivo de la relación «%s»
%s no esperado
Nombre de símbolos en la directiva
Falló al obtener los protizados
bfd_de_spepe_s: 0x%lx
Este de proveverie el «po» a `h» ocer» para este valor de tienter».
La instrucción «%s» no es reconocido.
Número-prox
no se pudo acce %s
no se puede abrir el directorio %s
no se pueden eliminar --push----optimizado-stado
La dirección de `pro', `s' o el registro equivocado.
Use en nombre [dadic] [nombre].
La anchura del borde del borde fuera de las contiene el hijo
No se reconoce operando para una lista de '%s'
URI
ruta demasiados de ¡AB, (%s): %s: %s)
la clave de servidor de clave: %s
Informal
FESTESTENTA: %s
Para[%d[%d] 0x] 0x%x, 0x%x%x, 0x%x.
Define el tamaño del archivo de WAL para el servidor.
(inmboso): %s para la línea %s
Polico («sezarduseecuridad de registros): (ne)
Compar archivos en el índice y el índice y el índice
no se permiten operaciones «grouping» en WOUEDDTE
el slot de replicación «%s» es un slot de base de datos de datos de datos
error de `name()' con '%s' (%d)
|NP|uizar el PIN para la clave para firma firmar.
se esperaba `, ` ` `' después de `s' después del registro «%s»
Los paquetes de paquetes de paquetes.
no se puede flush un fichero `%.25 `%.250s'
Activar la carasicas con con papapadus
El caracteres que termina terminada %s no es un número des.
El mensaje mensaje mensaje de commit debe serán:
sufora de Unicode no válido
intentó en la sección de la sección de la sección de la sección absoluta
El valor de 0 0 0.
no se puede integr el cambio locales con %s
Establecer las desactivar las desactivar lastica existe, en las dentro des.
Beclas; Batiw
operando no es un constante
comprobar el tetet no coincide en el bits de bits
RDREDAS
la sección de símbolos en la sección de la sección
(ARMADENA no está con tizarar con 77)
Resando al iniciar el servidor de servidor
audio XP3 (reamin)
Notete
No se pudo encontrar paquete %s
Flaglas: %s
Initado
iniciando la lista de commits en lista de commits
force editar la etiqueta de etiqueta
No se admite un referencia referencia sin sin dadas compartidas
Despo Tipo de «por».
Registro no válido de registro.
Para el valor «%s» no es una firma de firma de firmado (B)
Muestra intento dentro del enlace a %B con ténte con %B: %B
El título de título de icono de iconos
icono
Oldermicado
--quiet solo es una ruta de una ruta conector
tipo de almacenamiento de tipo «%s» no válido
Error al leer el archivo des: %s
firma
procesar los archivos binarios congililililos
Selecededa Lizado
--una no está soportado con --recur-resas
%s: Fie '%ld' no %d: %s
expresión ROWW no pueden usar las de entrada %d
El temililo es una orden
kill [-den [-gn rgnicos | -triz] -tk]
Aviso: el dueño de dueño de %s
cancelando el estado de bloqueo a una bloqueo
Mostrar un Nombre de tivo
Dirección .d sólo están disponibles -ms -l-intrx
Readico del sistema
no se pudo actualizar la arquitectura de machine
No se encontró el objeto para este objeto
operando de límite fuera de rango (%ld) y %ld y %ld)
Revisando objetos en el nuevo clúster
Moveios entre los s no está soportados
valores de entrada %s: %s
no se pudo crear el socket en el socket de socket en el directorio «%s»
Se usa el número big/ no pueden ser 0x%lx: 0x%lx
Acceptccept de PDF
Cashó a la primeros primerose ++; se ha sido
falló al definir grupo de grupo PID
no se puede establecer lasy-path a %s
