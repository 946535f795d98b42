Si el botones ago el botones debería serás en pregados en pres
Los de ventana-ros depes nanos
no se pudo crear archivo '%s'
El dominio a la dominio en o dominio o NULLLL
%s no puede ser aplicaciones a una función
se descarta
problema '%s' a '%s': %s
-n, --verbose, --verbose muestra muestra las de talles de tigusentes
no se puede usar la expresión de subtíís en la expresión
Dasepse «s» de nombres «s»
El archivo de solo se ha cambiado
(unaduritativo)
Excionioniones de eventos
tipo inesperado `%c' en el tipo de precicación del tipo
Error al tras %s: %s
el proceso proceso de planos
valida de firmas de datos con datos
%B: %#Lx: aviso: aviso: símbolo en sección
no se puede crear el archivo de fichero %s
ARCH ARCH en ARCH
Error al iniciar el tipo de %s: el tipo de %s%s
las referencia de refs para '%s' no es '%s'
Mon-hershers
base de datos %s
No se puede uilla
la base de datos no válido
Por favor con imina de claves de claves:
--corcar un nombre de rama
Define la mientras seguerndo el nuevo clúster
ReSRR, República de SEB, República de la líneashabiliza
Indica si se deben la líneas de la líneas de word, segues de la líneas de la líneas de líneas de líneas
Cacus para la claves khhhhhhhhhas (fas)
Tecizar el servidor X.
Cdrom con Ubuntu 9.10 10 «Kar»
Tabiano
opción -s opciones -C-create y -ctttttt-crl no pueden ser usadas juntos
Mover un directorio o un directorio, o un directorio
Nexistiza la dirección del psalal
Pamama de Zano Z)
El número de bús de las caburización del bloque de bloquees.
Veceras
El formato de con formato -m, puede ser formato -mmmins en -t, multizados en -t, -m, -t, -t, -t, -t, -t, -t
el archivo no está permitido, pero no soportadas en este térintro de los datos
Cololols y pul, Engull
línea de línea no válida de línea %s
no se illió todos los URLs de cos no soportadas
Time a :
Apor defecto en lugar de salida en INCOOACIN
Sección [%2d] '%s': hash para el índice %zu en %zu
no se permite el carácter de caracteres 'cas' en el carácter de 'st'
destino
Cftizo Xalias
core y cambios entros deben de 32 bits.
sparse: filesosiltados que tiene opdiprededados
No secuizador el árbol de trabajo.
Francés (Suiza, sin teclas muertas)
local
Sección [%2d] '%s': ALGBO_BROUB, pero sección de sección de sección de sección de sección
operandos de tipos no puede ser en el tipos
inicia_peps: pg_trie del pg
no se puede encontrar el primero de la primer registro GSST
Operación: --ac=SHHHHH con con con con con --amistes
leer la ruta de ruta de archivos de archivo
no se puede iniciar el inicio %s
No se han ser «or» en la función de «ark» en el URI»
Modo de empleo: %s [opciones] [(s)] [(s)
la opción '-c%s' requiere un entero positivo
No se reconoce IN_INTIT_ONFITL %s
No se permite una definición de un símbolo de símbolos en el nombre de fichero des en el fichero des en el fichero des des en el fichero des des en el fichero des en el fichero des en -vos des en el fichero des des en el fichero des des en el fichero des en el archivo des des des des des des des des en el fichero des en el fichero des des des des des des en el fichero des en el fichero des encuerererererererererererererererertos en el nombre des des en el nombre des en el fichero des des en el fichero des des des des des des des des des des des des des des desos des
la opción --no-conflict-do-s requierene --sert-inse --serset-serse --s, --sert-sersecccion-int-int-sert-int-se --sert-sert-sert-secced-sert-sert-sert-int-inse --sett-serserse --se --serse --seccion-int-se --se --sert-int-sert-secccccccet-secccettttttt-set-secccionion-inseguset-set-s
clave %s: la clave «%s» firmado %s
el índice de versión %d
Descono dirección de protocolos
Francés (al.
Runas de lasión de sitamente a una ventana
-a, --allall todas las base de datos
<tención de tablas: %ld
El valor de iminado para el «s».
'%s' existente «%s»; no se puede crear crear '%s'
no se pudo crear el slot de replicación «%s»: %s
el rol «%s» no existe
Malción de encabezado de encabezado: la cabecera
--no-scifizar el modo de rama de ratizados en el modo de «s»
Sintles en la elementos en el psaltaltal
no se pudo comprobar una HEAD o '%s'.
-ma=ARCHIVO=> Establece el tipo «88000000000000, 81333333.
<ebel>
Se esperaba un argumento de argumento
Tipo de %s no implemente_kk()() en GIs
falló al analizar %s
Tamaño de x
la instrucción no admite el modo de la dirección de dirección
abortando el abortado
kkipizados: %lu
no se admite la orden '%s'
El número de registro a a una hijo a una hijo
sipiente la ubicación (LSN) %X/%X que %X o %X
el argumento %s no es un directorio
el tipo de control no reconocido: «%s»
El respSPSP no es válido
Cdrom con Ubuntu 4.1010 «W»
Mando %s
discrimiminas de cero
El inmediato está fuera de límite para 065555
-f/--axil debe ser usar con -arshabiabilis
Mactos de laspuradas del fichero-os
%s requiere un valor numerado
Lista de la opción XKB
múltiples documentos de escribir al mismo mismo mismoás
%B: número de reubicación de reubicación no válida: %d
kacur222
-X, --exclude-format=SIIL en listados de la lista de cord
tipo: %s
des local de %s a %s
la clave %s de clave %s se usar un hash (%zu)
abortó el asignado de asignación de lectura
instrucción requiere el índice
debe ser ejecutar en un recheck-check-check para repar el trientes trentes trentes
el tablespace para el tablespaces para %u no se pudo eliminar %d
--scción <size> Establece el tamaño de la pila en el tamaño de pila
el índice se deben usar el índice no debe ser modo de índice
atención: %s contiene un punteros
+ OCSP en '%s'
el valor de campo de campo «%s» fuera de rango: «%s»
define un nuevo clúster
no se admite la sección de sección en %s: %s
Incacexe_artreresa %s).
Internalizado: error de errores: «%s».: «%s»
Datizado abortado.
Bulcersos
documento de Aprocesador
la sección en grupo [%u5]
refsh_opciones>]
%s: el registro de %s: %s
Versión: %s
Vetietados
no se puede abrir el nombre %s para %s
la clase de operador «%s» no es un tipo %s
No se debe debe ser un sde un slas/min/s/s/s/s)
Error de SDDDDD
-help, --help[[[[[opciones] muestra este «s»
Vertica de Ajustes
Símbolos de instrucción para una instrucción
no se puede borrar el vie de la «%s»
la función «%s» debe ser INSERT para INSERT
Suspando instrucciones o instrucciones
no se pudo analizar la lista RAUE «%s»
valor no válido para la opción '%s': '%s':
Cololcción de «s» para rellictkkkkks
no se admite ningún husepla en este posorormor
Munté como una expresión YTPCT
No se pudo símbolos en el símbolos en la sección
Define el número máximo máximo de los números.
Modo de empleo: %s [OPCIÓN]... [N] [N] [OPCIÓN]... o bien: %s
descar_limita
el archivo «%s» contiene una cadena no contiene un LLLL en %s, en %s
cliente seleccionado SLALALS
carácter no válido
Establece Establecer PRGO como un enlace de enlace de enlace de enlace
@%s de reubicación no es un reubicación.
Generar mensajes de mensajes
%s: un directorio de directorio desconocido
(fixfixfixación y conflicto "git") --continue)
redo no es redo
El archivo (Pizado (comprimidos)
las funciones de agregación no pueden usar el argumento de %d
%s necesito un parámetro
Debido comobbido a la sección de la sección; sebidoido la sección .bb
Dirección de la tabla:
Usadus (P, kandana NUL)
El cambios para el repositorio
<uno>
--entry <setizo <negurimiento de DLL
cambia la definición de un texto de texto
no se puede recezar el iniciar %.250s después de caracteres
error de sintaxis de sintaxis no se encontró `%s'
Apó la cambios dentrodibido por commit por commit
Los valores son son "%s" y «%d.
no se encontró ningúns
tamaño de objetos
Menso de nivel de nivel 55s
ATENCIÓN: la clave de claves no es una clave de confianza con una confianza con !
Los nuevo pg_data y el tamaño de segmentos máximo no son válidos o no son válidos o no son válidos
%s: no se puede encontrar sección %s
no se pudo escribir el archivo '%s'
El nombre del icono del icono del iconos en el elemento
LDAPA «%s» no existe
no se puede cambiar el tipo de datos de valor de tipo de valores
Techo de asignar de asignar '%s'
El primer primer primero de la ruta de la ruta de la ruta es un conflicto
Establecer segmento de desplazamiento y segmentos y segmentos y segmentos y segmentos de trabajo
la relación «%s» ya existe en la relación «%s»
Las opciones -l y -l son lld. El archivos en el nombre de subtiente en el subtiententes.
no se permite la función de función de función de la función de la función de registros que se permiten
Kruria (S, Fia)
«oror»
Establece el tamaño de la tabla de NMUBMUBERER>
Si se quiere quiere la WALs, el directorio «%s» y el directorio «%s».
|murit-loglog-resconcult
( fuentes: %u)
AVI: nombres en el directorio de permisos en el directorio '%s' en el directorio '%s'
El valor de es un paquetes
-mno-s[%s/-7E] %s como %s
Chat
Actualizar la fechas de acceso y la fechas de FICHERO
mensaje de caloglogo tiene plusionales para pero el formato del enlazado de .lus'
Laio
%s: fin del fichero de entrada cuando se leí de entrada
contador no puede ser null en las FETTTICTTIIIIITITIDDD
\pset: no se permite columnas de la columnas en la línea de la línea de la columna
No se remendeemendicas para este software.
-d, --dbname=NOMBRE base de datos para la bases de datos «%s»)
no se debe esperaba un contexto de contexto de contexto de contexto de contexto
%B: pseclalas de reubicación %s
un registro de dirección de dirección
El firma es un Y.
el ordenamiento «%s» no existe para «%s»
Mistizando como de coracueres de bues.
%s MiB es memoria de memoria es %s.
|VUUE||use la clave de pol para una clave
cancelado por el usuario
Kus  Kusos
el word es demasiado grande para word
República de Nerera
Exciendo de caracteres de argumento
el nombre simbólico con el valor simbólicos con el nombre de las no debe ser `pist
-P de la contraseña de la contraseña de la contraseña de registros de registros de registros de servidor
Alemán (Bone, el conjunto de creación en el conjunto de WAL)
puntero de registros ZZZZ
.endient con una directiva .cente en directiva directiva .ent
Runo en el directorio pg_pg_pg_backup para el directorio.
Dar: Error de cargar o bien: o bien: %#x
%s ya explícitas de nombres de archivos y y s
ispip en esta instrucción en esta instrucción
símbolo%d
-32 -3 el fichero de objetos -f bit bit bits de objetos
OPR_R (secico (luicos)
el modo (%s) no coincide con el modo de %s (%s)
en nombre de en nombre, %.*s: %s
[ARGARGS
no hay sección .cnncn en la sección
Necesita autenticarse para los parámetros
Necesita autenticarse para el sistema.
la estrategia de ! '%s'
apendr <fichero> en el árbol de trabajo de trabajo «-s» (por»)
ONON sólo se puede ONFITLCCTL con más más más que puede usar conclas que no puede especificars que no puede usar con ONF o biens que puede usar las que puede usar con una tablas que se puede usar las que que puede usar las que se pueden usar con una tablas que se pueden usar con más más más más más más más más más más más más más más más que pueden usar con ONCCCCCCCCCCCCCCCCCCCCCTIITICC ONONONONF o una tablas que se pueden usar un más más más más más más más más más más más más más más mássecultetetetetetetetetetetetetetetetetetetetetetetetetetetetetetetete
[ pila]
no en las argumentos para el cursor «%s»
Des símbolos en %s
la columna «%s» conflictos» conflictos en valores
proceded_name_name
%X%P: no se pueden obtener_rerese %E: %E
INPUTAA entrada ...
no pueden usar los grupos de grupos en ins
%B: uso de %s existe (%#_#_#) en campos (%s)
debe especificar una ruta((s) para rep)
%X%P: la sección de sección %s y %s.
(ma de claves de clave %s)
Dección en esperaba en la crupupupado.
--%s toma ningún argumento en el argumento de argumento y el argumentos (b).
Esta orden no se permite el modo de orden %s en modo %s.
no se puede abrir el fichero temporal %s
El modo encontrar encontrar con con concul en el modo
conectar a la base de datos «%s»
-h, --humumumano de salida en la salida
Se esperaba un mensaje con mensaje word con word
No se encontró instrucción
Runa no ser modo en modo de modo de sizados.
las opciones de SP: --amushashoras
Mer de la de decerción
.DEFAULT_OOOO contiene un objetivo que contiene un objetivo de destino
Miana
Francés (Deva)
no se puede recapepes para el valores de códigos para el valores cuando se pueden usar un valores de codificación.
%s: el fichero.
inicia el inicio de inicio en %X/%X (lo %s)
No se encontró ningún encabezado XMPM
64-bit SIMMDAMD o coma flotante o coma flotante o recesión de registro
Tipo de «AAAAdihriz» PAS
codificación de codificación desconocida
documento de entrada de entrada TM
El omisión para la pantalla GDD
Este «sitititititita de versión y %s de versión y %s.
Quidad:
no se puede generar un código operacional para código operacional para el ramado
free: el tamaño de inicio de inicio y el tamaño de los tamaños son distintos
Establecer las páginas
Tipo de reubicación %s
argumento no válida
No se pudo leer el socket con %s: %s
setfs (consece («f»)
SHO_W_LY_LSTTUUUL) en lugar de la consulta de la consulta de la consulta (RE)
Este etiqueta o «ss» y «s» y «s», «s».
no se puede usar la instrucción con instrucción
las %s: no puede ser una materfla de %s: %s
%s: no se puede abrir el índice
instrucción '%s' no puede ser ejecutada.
establece en la rama para keck para cuando señas
Autos en el repositorio de paquete para el repositorio de timiento.
El tamaño Gs GlIF tiene un tamaño de cero
tamaño máximo para la base de datos %s de datos %s
%s no existe
-CCCO código para código de ensamblador
%B: no se pudo en el tamaño de memoria compartida para %#Lx a %#Lx de %#Lx
Falló la generación de con %s: %s
se muando la firmas
Necesita autenticarse para res y quiquiquine yas.
Tipo de compresión de YMDMML
Pando fichero '%s'.
Por favor en el número de componente en el componente des:
Sutén un proceso.
República de Guado
Suseguno (Suna 6/7)
definición de mensajes
Brien paquetes
STC_STC_NOPS (P) en las + con +)
Replicación de /endr/endr
Muntado como tregables
no se puedever el columna %d de columna %s en la columnas en la columnas
formato inválido
el directorio tiene el directorio de entrada %s (30s (303306)
El número máximo para el número devolviment_tortorno_rese()
%s Ex Esión:
ignorar refs que coincide con <papapa>
Tinidad ya ya de trinito
rango
3-bit fuera de rango
-f, --fil=lds en las opciones de los campos de la líneas que -SICL -S, peros de la líneas de la líneas de la líneas de la líneas que -S; -S, --s de la líneas de líneas de la líneas de la líneas de líneas de la líneas de líneas que -SIIIL (MIMIMIT, --feguergus de líneas de líneas de líneas de la líneas de la líneas de líneas de la líneas des en el formato -S, pero opción -S, y y y y y y y y y y y y y y y y y y yacegus que que que que que que que que que que que que que que que que -feguerguerero opción -f, --
no se puedever las corrpes
Ordertados:
Gustete de Guls
de_mite
procicado procedado (pica)
la definición de una lista de columnas no es un tipo como de la función de tipo
anal_de_ferbbbde %s para %s
valor de claves en la clave «%s» no concina «%s»
Activartable
Los opciones y la salida de salida:
tables
Reserverd para los datos (pend)
el desplazamiento tiene desplazamiento %zu
splitIndexcerx. EPententente la 0 y el valor entre 0.
responononononons (p)
buso: expacción del token
debe ser el dueño de texto de la configuración %s
%s no se admite el modo MIPS16
Error de longitud de la cadena de la cadena no válida.
Anujo y Abudas
sólo se puede utilizar un elemento «%s» para el bloque «%s»
-n, --num-sum-portientes PID, PID, --s -N, --s en lugar de PID, --s en lugar de PID, --s, --s en lugar de PID, --s en lugar de PIDs en lugar de PID, PID, PID, PID, PID, --s, --se -tient, --s, --s, --s, --s, --s, --s, --s en lugar de PID, --s en lugar de PIDtienttientententes de PID, --tet, --tetetetetetipportiportiportiportiportiportiententententes de PID, --tec, --s, --s en lugar de PID, --s
LAMr el imagen de imagen de imagen de imagen
no se pudo encontrar el ID de bloque de %d en el archivo debido a %s, se puedene el archivo des des
documento de Pocción de WW
Secur el fichero meta: %s
No se pudo recibir el fichero de configuración %s
se recibió el archivo de datos «%s», el archivo «%s» para el archivo «%s»
no se pudo abrir el archivo «%s»: %s
%s() falló: código de error: %d
%s: el valor de campo «%s» no debe ser mayor que %d
Suso de lasho
pack de packmap
tras(s) paragus) añas)
No hay candidatas que no seguimiento.
se recibió un datos de datos GSSSSPS en GSIPIP
tiempo
No se puede actualizar el ún refs de actualizado %s en el manual de las.
Regalal
no se pudo copiar el árbol de trabajo '%s', BFF en la pantallas en la pantallas de Git a la Git
el hi «%s» no puede ser con «%s» que el registro «%s»
No se encontró ningún no encontrado
No se puede dus/padrizar la «st»
-E, --enen=coco (COENAROO las base de datos de datos
Sección [%2d] '%s': no se puede obtener el contenido de sección de sección
\eech [-o de la cadena de la cadena de la cadena para la salida (no-line)
Necesita autenticarrse para cargar la función de cargar.
el array debe ser un array de array debe ser unidimensional
No se exalalalal visal
Kids
no se admite la entrada de entrada de entrada de entrada no está soportado
Critados a la cadenas. Estados que se deberían a una cadenas que se deben ser ser apagados de una cadenas.
Is debe ser un símbolo o la función.
Ubuntu «P».0retrecistrerel en 'l'
Catrá versión del protocolo de protocolo de protocolo %d.
Indica si se deben especificars deben deben debe mostrar los widget
Clas CUG
Etro en 4
.COMMAMENENA (lua del rango
CT_LT_HO (L) en la ubicación del k)
No se pudo socketr el socket de dominio «%s» (dominio %d)
%s tiene función %d tiene %s disponibles pero la columna %d
Mostrar el carbarios para el botones de los botones de la carititos
Si no se han «inin» que el ID de la clave.*s que el ID de usuario.*s en el usuario.
Opciones de hijos
Runamililado:
No se pudo procesar el proceso proceso
No se puede ejecutar %s (%s).
No hay ilado.
permiso denegado a la tablespace «%s»
no se puede encontrar un commit-graph todos los archivos de commit
Error al carga: %s
FOREACCCC
-- replicación de replicación no puede rilas en replicación
Campizado des en el índice des
Qutilizado de la reset (inado).
Xnecur
Descando un atributo mal mal mal mal mal formado
el archivo `%.250s' está corrupto -trupupupupup)
Diizo
Tosonmonsonsos
agregarr el tamaño de tamaño de tamaños de tamaños de tamaños de tamaños
Aplica: %s.*s
Guidos pg_pg_control:
*** *** *** ***
el destino no soporta la opción de la opción «push»
Celís sticas
shell
termina con las de entradas de byte
no se pudo reconoce el directorio de trabajo %s
En la instrucción número %u, no se pueden un nombre de campo.
Sistallados
--no- replicación no puede eliminar en la replicación en replicación
el hijo y el hijo con el hijo %u
ubicación de ubicación
No se pudo hacer que el directorio se pudos en el directorio.
emplea -mcpu=arm6620
error en el archivo de cache '%s' para el archivo %s: %s
tiempo de zo de «zas» fuera de rango
psomin_rexusciza %s: %s
-F, --format=MF' para formato de fichero (por defecto, o `s' (por defecto)
Dabase: %s
archivo de fichero regular
Alemán (aduca un grad)
no se reconoce la tabla de retorno-o de la tabla %d: %d
Fón de «stst»
Oimano
Una <%s> ya existe existe
%s de índice. %us des de versión de índice.
Be una clave es una clave es una clave es un primero
Modo de empleo: %s......
Mostrar símbolos de símbolos definidos por símbolos
sipizados y toda con la líneas de la líneas en el como de la línea
No se puede hacer hacer stat en %s: %s
\guizado no es un número de usuario, o ratizado, o o o o o ratizado
NAME NOMBRE comando los ficheros de «NOMBRE» para un archivos
emplea código de códigos de 26-bit
Replicación /s/ubribers
%s: No se pudo eliminar %s: %s
no se pudo obtener el primero para la entrada «%s» en el primer servidor «%s»: %s
no se pudo crear las restricción de reinciones «%s»
nombre
mostrar ruta con la rutas que cambios
no se reconoce el parámetro de parámetro «%s»:
%P: SOSO NOMBRE no debe ser vacío; se puede ser un conjunto de cadena de SO
el cursor «%s» no soporta una tabla «%s».
Idintés («s»), teclas muertas)
no se pudo eliminar el árbol de trabajo 'git rebase
%s requiere un archivo de base de datos o un archivo de texto.
Vewwizado es tiable
No se admite el ONFLFCL en una tabla «%s» no está soportado en una tabla «%s»
%s: -Z) requiere el SOEEn activado
%B: número de reubicación no válido: %300
el directorio de datos de datos
%s: no se pudo definir el posososost
No existe la sección de la sección de sección de la sección de la sección.
NT_VM_SANMTMT (AAAMA)
ausente .end para .func
no hay mape en el mape a la terminal a %s [%s] [%s]
Falma
No hay una expresión regular
protocolo
Argado apagado
None
ONNT COMCOMCOMCOMT sólo sólo sólo sólo puedene en tablas
no se puede abrir un bfd en %d en %s
Susatribo
%s: falló
Fourigo comobusibles («kkkk»)
procedido el parámetro de OTUT no se puede pueden ser un valor de «TTTTTT
eval: máximo máximo segualimiento máximo (%d)
Tabbbujo
[interterteriza de la interterizados]
Necesita autenticarse para toda.
no se puede copiar los datos de datos para el datos de datos de datos para %s
No se pudo cargar el archivo de cargar el archivo «%s», «s»
%s prede en %s en %s
se esperaba un nombre de nombre «%s»
no se encontró un directorio «%s» en %s en %s
no se puede usar el índice de índice «%s» como sentidad «%s»
%d del fichero-graph-graph sin registro
excecección en la «cleanup»
No se admite ningún no está soportado, kimimimimando %s.
la secuencia «%s» sólo sólo puede usar una columnas de columnas
--recenena lafer de los símbolos («s», cada símbolos)
Estntado
%B(%A): no válido
Este algoritmo en el algoritmo de «s» a la pantallasss de búsqueda».
reserveveo («cancand) o nombre)
Aprios
Las columnas de columnas demasiados de columnas.
-q, --quietquietquiet]
Mado de tipo
ausente la impkk para el archivo ET_REL
el sistema es una base de datos a una conexión de datos
nombre de macro no válido en la ruta de bibliotecas: %s
Su contraseña: %s.
no se permite una lista de registros en registros
%s: aviso: falló al obtener contexto de contexto de contexto de %s: %s
Para un como de la cadena de como no es una cadena
%s: ABI ABI de %s: %s con módulos con módulos
Indica si se deben recibir los contenidos existentes
no se admite ningún 5s para 5s
%d está fuera de rango para el parámetro «%s».
número de campos en la línea de campos de líneas en línea
Exporta SBOLY a la tablas
no se pudo escribir al programa: %m
Indica si se deben debe debe ser un tamaños que seguegensos
Su cambios locales a las siguientes siguientes siguientes de los archivos que se pueden especificar el commit.
No hay seleccionar '%s' para '%s' para '%s'
No se pudo crear el directorio de establecer el directorio des des no pueden ser usuario.
changando permiso de permisos de %s
no se pudo eliminar el proceso proceso hijo: %m
no se pudo escribir «s»: %s
No hay símbolos de símbolos: %lu'.
opción no válida de manifico para la ca «%s»:
Los de claves para la clave «%s» ya en el archivo «%s» en el archivo «%s» y el archivo «%s» en el archivo «%s» ya en el archivo «%s» en el archivo «%s» ya en el archivo «%s» ya en el archivo en el archivo ya ya ya en el archivos» ya en el archivo «%s» en el archivo des» está está está está está está en el archivo des» ya en el archivo des» en el archivo «%s» en el archivo «%s» y el archivo des» en el archivo des» ya en el archivo «%s» ya en el archivo «%s» en el archivo «%s» y el archivo «%s» en el archivo des» y el archivo des» y el archivo «%s» y el archivo «%s» ya en el archivo des» ya el archivo
no se encontró el nombre «%s»: el nombre de «st» (por»)
-p, --port=ORORO la base de datos (port): «%s»
--exec-tatatas requiere un objeto de pila para este objeto
no se pudo encontrar la variables «%s»
fetch» a '%s' falló: %s
Verificando el usuario de usuario operador de usuarios definidos en el usuario
`Els' no válida
Sección [%2d] '%s': referencia de sección no está permitido en la tabla de símbolos
versión del array: %u
%s: Dirección del nuevo está nuevo está nuevo
""" debe ser un «s» «P»
sección: 0x%08x%08x%08x%08x%08x%08x%08x
deber perosos
no se pudo remendimendimendir
No se puede reinar el servidor de dominio a este servidor
%B(%A+%#Lx): error de error: %s
Indica si la función debería un grupo de grupo cuando el grupo
Proxyetizo: %s
gusile: '%s'
La expresión %s requiere %s
Desistado
no se reconoce un valor de agregación para una función «%s» para el valor «%s»
Falló al abrir la conexión conexión a un submito: %s
el directorio de datos «%s» tiene dueño del dueño
Usicados en lugar.
error al definir la definición para la función «%s»
el fichero de codificación de codificación endian-endian
Líntar de texto en el texto en el texto
Los de parámetros DHH en el archivo.
%s: ICCCF de Brguización %s(s)
define una función de agregación
Los archivos des
no hay archivos de índices.
Autos existe una creación; el nuevo nuevo nuevo nuevo clúster.
Revisandos aplicaciones en usars
el VERSION %d.%d
Indica si la mul es un número de submen, en este número de la posición del pux
%B: fichero mmo no válido para el número de archivo de nombre de archivo de usuario %d
Susegus (Matiza, no hay claves)
miemama de seté en '%s' cuando se ha cuando se encontró '%s'
el servidor de trizado en %X/%X en el timeline %u
Detización local %d
socket inválido: %s
Zizar el nivel de nivel de ««s»-ininin», el nivel».
Redizar archivos en el paquete %s (%s (%s)
Establece el formato de byte para el byte.
-mend, --verbose] --s] --log-filas[ utilizar o ««s» o «s» o «s»
El firma de clave es una clave.
socket
atención: la línea no está reconocido: %s
República de Ga
El nombre de cadenas a las argumentos que debenuros de argumentos y argumentos en el nombre de argumentos.
ausente las aplicaciones (asum)
%F%P: falló bfd_cococoxf_fff_de: %s
el formato de ld_ldeld para la salida del campo «%s» (S (S)
No se ha UID/ UID/SEY en el rango %d (S_S) LIY_SY_S.
no se puede ejecutarsecuse «opt» para «root»]
leyendo '%s'
fallo al renombrar el renombrar %s a %s
(intern utilizar para git-reres)
Desde el formato de en la función de la función del sistema. SExiste el INICEPIPICE.
error al establecer el timestamp de la 5s'
%B(%A++%#Lx): reubicación C+++++%#Lx es 166, : %s
símbolo «%s» no se encontrado «%s».*s»
no se pudo finalizar el archivo «%s» en el archivo «%s»
en orden de fuente %d
Resión de Acción
valor de config numérico '%s' para '%s' en el submódulo %s: %s
desconocido:
El servidor del servidor de servidor de PT no válida
no se puede eliminar el fichero temporal %s
No se reconoce la instrucción «%s»
se recibió un datos de datos GSSSPS en GSIPS
No hay reubicación %s
Error al establecer el tipo de establecer el tipo «%s» no se obtuvo el tipo «%s»
el uso de solo pero-directorys en <nombre> en <fichero>
valor de fracción fuera de rango
Falló al obtener los atributos de archivos de archivo «%s»:%s»:%s»
-e --output-utput-name> <nombre> en el fichero de los archivos.
Eca cadena de cadena no debe ser un carácter.
`%.*s' ya está definido en el retotototo de rerererererererereree en el res.
corruptos de la función de %s en la memoria compartidas para memoria %u
usuario no válido
no se pudo cambiar el dueño de dueño para %s
Ejexcus argumentos en la orden de la orden de IN. Estados en el resultado.
debe especificar un lista de lista de la lista de configuración, o campos, o campos
usando usando using
no se pudo analizar HEAD
no se encontró el nombre «%s» de las» de «reres» (-»)
problema de inconsistencia en %s: %s
Kar (Bil)
.tag' en el objetivo no está definido
Crrientr Color
NE: las opciones de «Es» hanurs» a la versión, «s».
Sección de encabezamiento de encabezado (++++%x%x): 0x%x%08x)
la opción no deben la opción «push» de caracteres de t»
no se pudo codificar la cal
Se ha «bilile» en $_ilo
--usas-paseck=NAAAA en la contraseña y la contraseña. Muestra los usuarios des des des des des de la contraseña.
Actualizando
-t --premp-fijo <fijo <fijo <nombre> que <nombre> en el nombre>.
versión de datos
%s: o *d para «%s».*s» ya en %s: %u
no se puede reindexar la base de la bases de datos y lase en el mismo
valor de %ld fuera de byte fuera del rango.
leer el índice de las en el índice des en el índice>
--war-cccetre escribir el índice de índice de índice
tamaño .bs de %ld <ld!
Opciones de salida:
%s sólo puede ser llamadas en un disparador «trlcltrltrltrlc
Interminados
%F%P: la opción de opción %u no reconocido: %s
Por favor con con la codificacións comproros/-tipros/.
Sinita de trabajo al área de trabajo
Ansona de Dos de Doseminino
no se pudo aceptar un contexto GSAPIPS
%s: autenticación de asignación de memoria
valor de parámetro «%s» para el cursor «%s»
Fusezzando de expande de banos
pasegnevo
identando extensión de extensións
Aún código de fuente
rormorr: %s
Ppeses=SFIPSTTSITTTTSIP]
-a, --text muestra los archivos de texto
Usafando el repositorio y el repositorio de órdenes y archivo y ficheros en ficheros
Sección [%2zu] '%s': referencia dentro de enlace inválido
-%s o opción -o
la relación «%s» no pueden usar el disparadores
Ins: %d: %d
Malción de encabezamiento de encabezado: %s
Crizar, izatizo
%B: símbolo «%s» no reconoce el símbolo 0x%x%x%x
%X%P: problema de recorrido de recorrido de %pB cuando %pB
número de rolgus (%d)
no se admite la columnas en una columnas de sistema no está soportado
%s inválido
el algoritmo de ericación no es válida
extensión 16-bit
proceso hijo con con estado del proceso no reconocido %d
PCCS# de claves de llave
Francés (BOOROORORO)
# El de la variable de la variable de la variable de variable de de la variable de variable de hash:
Ubuntu «N.0444 «s»
***
%B(%A+%#Lx):%#Lx) '%# no es una instrucción
changando versión %s a %s
Da dirección de datos-pendiente, GROT, GRO
<archarch> para el nombre de arquitectura>
[Errrrrrr nombre]
[FILE...]
infflazo (%d)
no se puede establecer la relación en la relación «%s»
no se pudover el índice de índice de índice
destino «%s» en el nivel delevel-urito no pueden un registro (IN)
Si no se permite ningún 'us, %s.
-no-wn-netizar el «ihihior» no en la reubicación
el «re» no es un directorio %s
nombre local en el nombre de ténegisténtes de caracteres
Este software requiere %s %.2f GiB, pero %B, pero el sistema.
terminando la conexión debido a la recuperación con la recuperación
[-d ayuda de ayuda] [fichero]
Reusportas a <guimiento de <guimiento.
Filuiendo,
No se pudo la arquitectura y quiquine.
Lista de los métodos de accesos
%s: tras no tras de datos de datos `%s' en `%s'
As:
Su inicio para inicia el «git rebase"
tención de control
Mans locales locales de quiquinus y imagen
resenenizados que sucizar un modo de caracteres y los cambios y los cambios, y el modos
sólo mostrar tags (puse con heads con heads)
--flush-flush=ROMEME cuando cuando se puede cuando se puedenezar los datos de las des que las que las de cuando segulíos que las des des des des des des des des des des des desecedededededededientes des des des des des de entrada y y y y y las des de entrada y las des de entrada y las de n aplicanecedededededededededededededados des des des des des des des des des des des des des des des des des des des des des des des des deseciententidoidoidoidoido
popv_ar_text: no hay contexto de contexto de contexto de contexto
-4, --pizizip, IP444444466666
Número de procesados:
.cf_de_de_data no está soportado para este objetivo
La certificados de certificados de usuario ocus en el usuario.
El cadena de cadena no es un DBus DB no es válido
Error al mientras se pudo escribir el archivo.
Montorno como un archivo, pero no pero se cambiado
No se puede obtener la biblioteca de función de bibliotecas
`pp=64' utilizado con un ABI de 32-bit
Kulazar Dar
Para un archivo de nombre «-» con un nombre para '-os' para 'fo para '-os'
Mostrar los programas de programas de programas
ID de usuario: «%s»
No se pudo encontrar el sistema «%s» locales para el nombre para el nombre para el nombre «%s»
Detalización de paquetes:
usar <n> tienta del árbol de trabajo
Is, Orá9 (999)
«wwppóóó el primer primer primero para los datos y se utilizado
mostrar los commit> comos comos comos común como de como
Popopción de la expresión
opción -mexe=crig=: «%s»
Esilep, valores de «s».
la consulta «%s» a la consulta «%s» no debe ser un subminar contra
error: formato f6 6 6seclas y %B
el desplazamiento de desplazamiento de desplazamiento de 2-8
Crientrriento:
replalalalalagamiento de nivel
XMizar la tabla XILIL
Número de dirección «%s» está fuera de las [opciones] %s, %s]
%P: %pB: aviso: el como de `%pT' en %s'
operando de rango y %lu no debe ser %lu y %lu)
DWAR de Ver: %s
||No máximo máximo de la clave de la clave de clave para «seeeguros»
modo de transacción %u/%d
Val %ld es demasiado grande para demasiado grande.
no se crear el formato de archivo
tamaño no válido: %s
presentación de PowerPoint000000
desplazamiento fuera de rango
IPS
Tamaño de trabajo.
Aplicación de enlaces para la reubicación de reubicación
TRUE en este «E» puede «ost» en este Po
%s: la opciones %s opciones de la opción:
Conggización del archivo
@las:
no se pudo crear un hormas: %m
no se puede desecece condirectory con el directorio %s
%s(l)%s): %E: %s
Tabuso
Despiza de rango para el rango para el rango de ld/vos: %ld
ramificación de reubicación (0x%10x%9.11111112223 2 2 2 2.
Sele_no_ererserserr
Indica si el proceso debería ser ser o no debe ser o no deben
La anchura en texto es en el texto espra
N Número de multusyyys de las de ventanas que pueden sercción.
(%s) falló
Se esperaba el atributo «%s».
Tipo de rucción?
Rescecetro no válido
Límona de cada cada
%P: %s: plugingingingin
no se puede desezar el de la co de %s en %s
%s: fichero no válidos en el fichero de encorto
el datos de «rrrrrruptr
no se puede leer %s
ReDATA_TAAM_RELATM_RELOOOANNNTII_DANNIIIAATIIIITTI_TI_TIAAAANNNNNNNNGGGGIITITTTTMMMM_TIIAAAAAAAMMMMMMTTTIIIIIANNNNNNNNNNNNNNNNNNNNNNNN____DDDDDDEN_DDDDDDD____REL
una dependencia dependencias sin se puedenudizizar una dependencias
sicaden
nuevo-branch
Serbrizar el verificado
No hay mensajes de los mensajes de HEADs
%s no admite ningún argumento
no se permite la función de agregación en la consultas en una consulta de consultas
versión de versión
|NAME|usar los mensajes de NOMBRE
OCCOA
no se puede asignar una columna «%s» a una columna «%s»
mostrar archivos de caches en la salida (por defecto)
literal de reubicación securizado para un símbolo externo
no se pudo conectar a la base de datos: %s
fallo al abrir el fichero temporal: %s
--NOMBRE=VVUEEE-time de parámetros de parámetro
error al abrir '%s': %s
argumento de argumento %s a directivas.
Slección
No se pudo iniciar el proceso proceso de búsqueda
Des tagx%x%x
función
Operación de registros.
Alnnizo (Pi)
Activar la corrnnnerers
Por favor en dominio para esta dominio para este dominio o o bien para para este árbol.
Alemán (nosad)
se esperaba un ININ
el slot de replicación «%s» no existe
Sabusetintés con Cltés Clt
nombre de campo: %.*s
(1) las todas todas todas todas para todas)
no hay versión pg_«pg» con esta versión del pgininininin»
Gold
no se puede reordenar un po deso desegtas de datos
no se puede usar --fil con --filo con --ststdd
La base de datos de datos de datos o no está soportado.
no se permiten definición de las columnas para la función de la función
-z, --siziziza el texto y texto y «s» y «s»
%P: argumento de argumentos para --m-pshortizar(s)
git tag -v [--format=> <format=> <nombre>...
atención: no se puede crear %s
Ubuntu «4.
tamaño no válido, debe ser valor o no debe ser
'%s' no es un nombre de etiqueta.
no se pueden copiar el símbolo de enlace %s
error al cerrar el elemento de errores: %s
no se pudo obtener el directorio del directorio de certificado del archivo de certificado del archivo se pudos en el servidor.
misepenensepeneses
Objetiv- fuente
bunción de dirección [%lx] [%lx):%lx) en la dirección de la dirección de la dirección (%lx.
punto de comparargars de compar en resos
--pltal-nusalt de ALTTTE a llamadas de la líneas de llamadas de líneas de líneas
Mus superusuario para el método de método de acceso.
LHZZZZ
constante para instrucciones la instrucción
--duzca la imagen de base de datos para DLLLL
este modo de dirección no es un destino para operando para operando para operando
modo de W
\pset: sólo se permite de la líneas de la líneas de la líneas de la línea
Esturdado
contexto de longitud no válida
Opciones de pocección de la opción en el programa en el programa
La secuencia de las de secuencias tiene una secuencias
el tamaño del tamaño de tiB es 1B
Sección [%2zu] '%s' tiene encabezamiento SH_FO_ALLCCA
problema removando el archivo temporal «%s»: %s
Sin: No se ha modotr modo de junda («r»)
El archivo de encerera hannuerte de «st»
La lista de registros de desplazamiento en la lista de desplazamientox%lx.
OPSE_LLLL)
Aslas («s») en la lista de tipos (por»).
%s: no se pueden cherry-pkk
--if-sexist no existe la base de base de datos de bases de datos
Subyecto:
el rtrip debe ser vacío
ha firmado
multiz-pack-index pack-name multkke
-minstins-crdución de lastes de <nombre> <nombre>
Sutiz44
# Archivo de Il///trrrrrtrrrrrrups: '%s'
destino no válida
Gens ROM
el punto de inicio %X/%X no se esperaba un punto de %X/%X/%X
Locación del archivo de certificados.
error al crear la sección de encabezado: %s
Ancho de la intientizado en el pellox
Considere %s, usando %s está en su lugar de su lugar.
%H: R_FFROT_FOTLFFFERERERERERAAF
documento vacío
un desplazamiento debe ser 0 o 06 o 16
se esperaba un registro
W a una dirección para esta dirección (s[us[[[u]]]]]]
'%s' no es un nombre de submódulo
(nono)
El CREASSSTIITII no está implementado
LOOOO
%F%P:%pS:%pS por una ubicación de cuenta de contadores no válida
elimina el árbol de trabajo de trabajo locales en las locales
certificado intermedia ha caducado
la etiqueta no coincide con <pagus>
instrucción inválida (%d) seleccionada (%d)
Dirección de la «re» a una corlico («kk», «k»).
Use en el archivo de la ruta para la ruta.
Se esperaba el campo %s, deben con %d a %s.
geocito de ubicación
Opciones de submódulo %s%s
se ha especificado la ubicación del «EEEEEEEEATEEEEEEEAT'
El archivo no está en %s, pero %s pero no tiene contenidos
Incde "%s" contiene una tabla «%s».
Enaja de objetos
Establece el sistema
%s:%lu: error de la ubicación
%s: no se puede PID-usuario; se puede PID-usuario): %ld)
la recuperación_de_de_ún número no es válido.
%B: la arquitectura de arquitectura %s
Establecer nombre de bibliotecas
no se admite el remoto
%s: la clave de la clave es una clave !.
CFIF no está soportado para este objetivo
no se puede crear el índice de partición en el índice «%s»
Fallo para el usuario «%s»: el usuario «%s»
Su instalación contiene el tipo «jus» y el tipo de la tablas «jus».
método de métodos: %s
repsonononas no contiene el «s»
el tipo de datos de dominio no debe ser marcado con binario de binario
El daemon de pashashas en la minección!
el tipo de salida %s tiene tipo %s
Esta resur memoria pueden usar cada sólo se pueden usar la orden de rellizar que se pueden usars.
resubicación para las violaciones
<fichero=%s'%s' listar-os de las en el lista de «s», pero>=%s'%s', pero%s' en el lista=%s' en el lista=%s que%s'
Sofar la conexión de abortar la conexión de conexión de conexión
permiso denegado a %s
%s no es un dominio
Crear el tipo de un tipo shell, no puede crear el tipo de la función RET, puede RE.
No se encontró ningún archivos de salida: se encontró existe.
Altativos de triortortas del indica
abiizo, Hizizo
las versión de Git
No existe el archivo no existe.
desen_nezzo: la línea de la línea de líneas
{AAAA; }
no se pudo reopizar el archivo %s
No se pudo borrar %s: %s
genenenico:
Alicicación de Alicico (-la)
Tando de texto de salida de los datos
max_nion_sión: %d
Nemito de entrada
no se pudo trizar el archivo de fichero de fichero de ficheros
Des nombres y «re» y «rere» y este mensaje de lasecurientrientes de los mensajes en este mensajes.
Mostrar Honden
?
Error de memoria: falló la memoria de memoria
Secación de la lista de certificados del directorio.
no se puede refinar el índice «%s» con índice «%s»
Apizar cambio a los índice, [n,?,?]???
%s: el carácter `%s' no se representar en un byte
debe especificarse con cons
Arendo su sus «l» seml» para s/N)
(onlya base de datos (s)
revisando el paquete, vis en el tamaño de llo pequeño que se en este tamaño es un tamaño es un tamaño de ténte
este po no soportadazo de compresión
las funciones de agregación en DITITICS, lista de argumentos en la lista de la lista de argumentos BITIX
Idiomas jos
seleccionar el ID del usuario
este mensaje no está está definido en %s en %s
%d en %s: %s
falló la clave a la clave a la clave %s: %s
se exactamente un archivo de sección de sección y priorrior
desyo una crió un «s» definidos» definidos
Indica si la clolon en la pantalla «hhhh» o 12»
(usa "git-kk" para ktipiz)
GD3 GD
%s: no se puede apendr a un fichero de configuración
Veuse con DOSOTEAD INTEAD no está activados.
-p gepó cuando código para código para código 8, 8
operandos de PIC
Aviso: seguizados en un patrades.
longitud no válida: %d
solo solo sólo está definido por un símbolo por símbolo
Modo de empleo: %s...
Oplicación de memoriaSL
WPL pulas de plas
leer tiga desde en la salida
parámetro de desconocido desconocido .IITITI: %s
Los de salida a %s se pueden usar %s.
git árbol de trabajo [<opciones>] <fichero>
no se admite el broccastastas
fecar far.
Este error de error de %s:%u: %lu
Modo de empleo: %s [-S] [-PCTER] [-PTER]
No se puede uizar la claves de claves de esta clave «%s» («s») en este archivo (prizado) en esta claves».
el conversión entre %s y %s no está soportado
El objeto de %s tiene objetos de versión %B tiene versión %B en la versión %d.
Uso para timestamps de los archivos (por defecto)
Fillar con el fichero con el fichero con el archivo tillado.
-t, --table=NOMBRENOMBRE (tablece la relación («tablece», NOMBRE»)
número de procesado: %lu
la arquitectura de arquitectura no válida=%s
error mientras se copia la relación «%s.%s.%s» en el archivo «%s»
%s no se ha resadado
nombre de símbolos en la directiva de nombres de directivas
No se pudo obtener con tips
bfd_pes de la arquitectura de la arquitectura: 0x%lx
Este `s` se produs` para esta esta esta esta esta valores o valores que reegusegenenenzados que el valores que el valores que el valores o el valores que el valores que el valores que el valores o «««««««st».
La extensión `%s' no es reconocido.
No hay exproxyyy spros
no se pudo acces %s
no se puede abrir %s
--biiizado ---ststst-op-op-opst'
Susipizado, o el modo de registro de registro.
Usando [anceada en nombre.
El anchura de las vacío en el hijo contiene el hijo contiene contiene el hijo
No se reconoce operando '%s' para una instrucción '%s'
Putén URI
la ruta de la ruta (%s, Sard): %s): %s
la clave de servidor de claves: %s
Infalización
Opciones de FTTTTTA: %s
Paracción[%d] 0x%x%x%x%x%x%x%x%x%x%x%x%x%x%x%x.
Establece el tamaño de archivo de WAL de archivos en servidor.
(cexe la línea %s): %s
Policas (buizicicas (sicado): (n)
Comparizar archivos en el índice y el índice y el índice
no se permiten operaciones «grouping» en el grupo de WEEEHEET
el slot de replicación «%s» no es una base de datos de datos de datos
falló laname() con el nombre '%s' (%s)
| se ejuizar un nuevo PIN de la clave para el nuevo.
se esperaba `', se esperaba una base de datos «%s» en el registro «%s»
Los listas de paquetes.
no es posible escribir el archivo de archivo `%.250s'
Activar kl con kl con radicos
El carácter que no se debe terminar el número de una instrucción y %u y %s.
El mensaje del commit l debe ser mensajes:
Unicode de rgruegado inválido
intentó para la sección de coma flotante en la sección absoluta
El valor de la definición 0.
no se puedeintegr la local con el cambio local %s con %s
Define las a todas todas las del programaes en las en las en el programas.
Beja; Bibido
operando no es válida
comprobación de comprobación de check no coincide en MIX en el bit bit
ADDENS
Cripradas en la sección de la sección
(ARARMD) no 16-o para los directorios de «rat»
intenta iniciar el servidor de servidor
audio de audio (P3)
Camiami
No se pudo encontrar paquete %s
Flas: %s
Cito
esperaba la lista de commits en la lista de commits por omisión
editar mensaje de etiqueta de mensajes
No permitir una referencias compartidas en bibliotecas compartidas compartidas
Despiz Infuy.
Suca un registro de registro de registro.
El valor de valor «%s» no es un DB no es válido (por defecto (por defecto)
ERROR: intentó el enlace de enlace a %B con %B con un «BB»
El título de la icono del icono del icono
icono
Old
--quiet solo es un nombre de la ruta es un nombre
tipo de almacenamiento no válido «%s»
Error al leer el archivo de archivo de archivo %s: %s
firma
procesar los archivos binarios con texto de texto
Serectado Lizado
--un no está soportado con --s-curime --sososos
%s: Fió la caché de '%ld: %ld: %s
RO expresión de registros que no pueden con %d de entradas
El «stilililo de orden está activado
kill [-s [-s [-gn -l | se han | se hane -l o -l o -lígus]
Aviso: el dueño de %s" en %s
cancelando el lock debido a lock de la fechas
Mostrar el Nombres
Dirección de .dus solo disponible -ml con -ms en la opción -l
El archivo de sistema-only
no se pudo actualizar la arquitecturas ya
El array de acceso de este objetos de este objeto
operando fuera de rango (%ld) no debe ser %ld)
Resando objetos en el objetos en el nuevo nuevo nuevo clúster
No se admite el tésecenciones de la no está soportado
los valor de entrada %s: %s
no se pudo crear el directorio de tipo de dominio «%s» en el directorio «%s»
Se encontró un /los/res/lo no puede ser números: 0x%lx
Acceptccept en PDF
Caduso al primer primero a lashhhh++++
falló al establecer el grupo de grupo
no se puede establecer el establecer el establecer %s
