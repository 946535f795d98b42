Si el botones para el botón de los botones de los botones de res
Inásefora-lalalas de las
no se pudo crear el fichero '%s'
El dominio a la función de dominio, en NULLLLLL, NL
%s no puede ser aplicada a una función a una función
ignorada
problema de remando '%s' a '%s': %s
-n, --quiet, --presilililces de las de las aplicaciones de trotriv, --continue
no se puede usar la expresión de subororors en la expresión
Disasisme «semregisisisisis»
El archivos se ha tidís que se tizados que se ti El archivos que se ha sido
(egurita de teclas)
Extención de control de evens
carácter `%c' inesperado en el tipo precación de precación
Error al  trasando el fichero des: %s
backgroundr procesar procesos
valida no es válido con PAKAKAARAAAARA
%B: %#Lx: %#Lx: aviso: símbolo inter inesperado
no se puede crear el fichero regular de %s
ARCH en ARCH
Error al obtener el tipo de parámetro %s»: %s
push no hay refs para push '%s' no disponibles'
Mon-lalas de Kermertos
base de datos %s
Canadano Drano
clase de «e» inválido
Por favor seleccionar la claves de claves de claves:
--trackke un nombre de rama
Establecer el contador mie no existe en el registro de destino
República de SPS, República Sociaciaciaciaciadas
Indica si se debe especificars líneas en la líneas de word, en en encuícarcas
Capkkke agulospppstes de claves (fazzzquierquierquierquierquierquierdash)
La secuencia de kiva el servidor Xkiza el servidor
Cdrom con Ubuntu 9.1010 Ko Ko
Tawiano
las opciones -C de búsqueda y -1-create y -acuso no pueden usarse lase las de las opciones de las opciones de las opciones de jCCCC
Mo renombrar un directorio o un directorio o un directorio o link, un directorio
Naxistexisticalals
No se puede fimasal Z ones Zo
El número de las debe esta operación de bloquees de la pantalla.
Viewars
Cras formato de cambios pueden ser especificada como el carácter -hort, mult, un nombre de mult, -port, mult, -mmmmcional, -t, multado es un nombre de cororororort, -dualalidaida el nombre de seguridad que -mal, con signo signo -t, comocional, comostststststststststststal, -dual, -t, -t, -talal, de las corororororcional, -mmmmal, -t, -v, -v, -v, no puede ser especifica especificada comocional el nombre de cambios corororororororororororororororororor defecto, comos
el archivo es compresión «compress», pero no soportada» es soportado
Creols y pidids, ps
línea de líneas no válida en %s
no se puede Wizar las opciones no se utilizar los URLs de W
Timie a :
salida en la salida «DOENDOENDO en la salida en la salida
Sección [%2d] '%s': hash de módulo para lasión de índice %zu para las
No se permite un carácter 'cac' en 'in' en el carácter en valores en valores
destino
Efortizado
core y referencias en el longitud de destino debe ser cero. bits de 32 bit bit bit.
: se ha detectó un fililtra que soportado
Se aduísa un árbol de trabajo.
Francés (Suiza, sin teclas muertas)
local
Sección [%2d] '%s': «BBBB_SOOL_SOL_ST_SSA_ST_SSS
el tipo de operando de operandos rico no puede ser cero
inicia_prepres: pg_pgl
no se puede encontrar la primer registro EHMTST
Operación inválido: --ataH=SHHHHECCH)
leer el archivo de ruta de la ruta de la ruta de archivo
no se puede iniciar proxyxyx %s
No se han las privadas definido en el URI para el URI «%s» para la URI «%s»
Modo de empleo: %s [opd(s) [opd(s)](s)](s)]
la opción '-%c' requiere un argumento entero entero entero entero
No se reconocar IN_IN_SECPION_GFUF
No se pudo añadir un definición de símbolos con el fichero de símbolos con el fichero con el archivo dentro del fichero des de seguridad de «-os de seguridad de «-os-os
opción --on-stat-setés de la opción --no-inínset, --set-det-ininset, --set-set-set-set-inininint-setal, --nonononononononononono-set-set-set-set-in-set-set-set-set-ininininint-setadosetalal, --nonononononononononononononononononononononononononononononononononononononononononononononononononononononononononononononononono-s
clave %s: «%s»: %d" firma firma %s
versión de índice %d
Descono especificado especificados de protocolo
Francés (alalizado.
Raquesita ventana de una ventana desliza directamente en una ventana directamente
-a, --all muestra todos los bases de datos
<stringido: %ld
Poterinteras «fin» no está «f». Devazazar el valor de datos.1».
'%s' existe; no se pudo crear '%s'
no se pudo crear el slot de replicación «%s»: %s
no existe el rol «%s»
Mala una cabecera de cabecera de nuevo inválido:
--no-mod--modifieced-inamiento en el modo de modo modamiento
Desclaza de elementos en el elemento
no se pudo comprobar el comalizar '%s'.
-mchcho=18 8 «88888888, re3300 para re333330000, 8888888888888.
<lalama>
Se esperaba menos un argumento de argumento PRRO
Tipo %s no está implementa de implementa de tipos dentro de GIconos
no se pudo analizar %s
Paxax
instrucción no admite un modo de instrucciones a este modo
abortando la transacción actual
kkipllll un nuevo: %s
no se admite el check de '%s'
El número de fijo para el widget a un widget
kkipizar la ubicación (LSN) %X/%X debe ser %X/%X
el directorio %s no es un directorio
tipo de checkpoint no reconocido: «%s»
El OCCSP no es válida
Cdrom con Ubuntu 10.10 10 10 W
Marcuando %s compledo
discurimir que cero
El inmediato está fuera de rango para 535555555555
-f no se admiten usar la salida del xtro -har)
Decabinamiento de ADDAMblebleble
%s requiere un valor
Lista de opción XKBB
multiple escribir el mismo que el mismo registros
%B: número de reubicación %X no válido: %d
Inkkkkk2 no válidos
-X, --exclude-dirdir-ectororar la listados de la lista de las deexclude-por defecto
tipo: %s
desenversión de %s a %s
%s clave %s utilizado un hash de hash (%zu)
abortando no se pudo leer el estado de lectura
instrucción registros requiere un índice
debe ser un check-check en un patrón checkamente a un patrón
no se pudo hacer tablespace para el tablespace %u
--stack-size <size> Establece el tamaño de pila en el tamaño en la pila
no se deberían usar en el índice de índice
atención: %s que contiene un punto de un punto de oprito
usando archivo de respuesta de '%s'
el campo de campo/times: «%s» fuera de rango «%s»
define un nuevo vacío
no se admite la sección de la sección en la sección: %s
Increazado_de_par_dexepar_dección (par).
Interal: error al error de control: «%s».0s»
Decaza transferencia de abortado.
Bulse
documento de Aporkus
sección de grupo de grupo [%u] [%u]
ref de ref_resh_pplicación
%s: des: es un registro de hibreguéntententes dentro de confianza: %s
Vererer: %s
Vietrinames
no se puede abrir nombre de %s para lectura
el operador de operador «%s» no es un tipo de datos %s
Path no debe contiene un so entre un so /sorlas)
Error de Side de SDDD
-, --help, --help=opciones] muestra las líneas para estas de salida
Verrimástica
Símbolos de instrucciones para instrucciones instrucciones
no se puede borrar el de la vista «%s» de la vista «%s»
la función «%s» debe ser ir la función «%s»
Empapingingiendo o instrucciones
no se pudo analizar lista RDARARARRARARA para la lista de «%s»
valor inválido para '%s': «%s»
Cololsumdas Cricadicos
hugue páginas no está soportado en este pla
Monun un YCPCTATAT
No se admite la sección de símbolos símbolos en las de la sección
Establece el número máximo de un número máximo de un número de índice.
Modo de empleo: %s [OPCIÓN]... [OUROURCCCC[R] o bien: %s]
delimiter_de_cacaca
el archivo «%s» no contiene un archivo NUL, se ha terminado %s
cliente el cliente se seleccionado un cliente como muegisisisisisisa
carácter no válido
Establecer las PROROMORORO a un enlace
@%s%s» no es un reubicación.
Generar mensajes mensajes
%s: Impizar un directorio desconocida
(fixeles conflictos «giter» y «giter»)
no es requerido
CPIO (pargurimir (comprimido)
las funciones de agregación no pueden ser más de argumentos de argumento %d
%s necesario necesario a un parámetro
Debuzación abrebuxependización de la sección de .prezación de sección
De tabla de tabla:
Actualizar (Patuva, NLL, NLA)
El cambios que el repositorio
<ununden>
--entryentryentryentryentry <nvo>
cambia la definición de búsqueda de búsqueda en texto
no se puede capazar al iniciar las de relladas de lladas para el %.2 %.250s
error de sintaxis no se admite un token `%s' inesperado `%s'
Apendizar las cambios existentes en el commit
Los valores son son válido «%s» y «%d».
no se encontró ningún entradas
Tamaño de objetos
Mencho trol 5so 5
AVENCIÓN: no es una clave está firmada con firmada con firmada !!
el archivo de pg_data antiguo y el tamaño no coincidentes o no válidos o no válidos
%s: no se pudo encontrar sección %s
no se pudo escribir el archivo '%s'
El nombre del icono del icono de iconos en el elemento
no existe el usuario LDA «%s» no existe
no se puede cambiar el tipo de parámetro de parámetros existe
Tempororororar '%s'
Descar la ruta de la ruta de la ruta de la ruta de la ruta de la ruta está activado
Establece la posición de desplazamiento de segmento de segmento de segmentos de segmentos y segmentos de segmentos de segmentos
la relación «%s» ya existe en la relación «%s»
La opción -l y -ddustas de la opción -ddiza la opción -d en el nombre.
set-retr la función de la función de las no permitidos en expresión de expresión
Curado (Suria, F)
compresión de compresión
Establece el tamaño de la tabla de la tablas de trabajo <NUB>
Ifaza de quiere la WAL a la WAL, elimina el directorio «%s».
|adit-logo-res-curuse
(rlelelesec): %u
AVCIÓN: tipos de configuración '%s' en el directorio de configuración de configuración '%s'
El paquete de paquetes en paquetes
-mnono-%no-%s]1///////////
Catado
Actualizar la fecha de modificación y defecto de FICHERO de FICHERO
mensaje de pintatatagual para las Cal el camiento de lasión .#'
Ejio
%s: fin de entrada de entrada de entrada de entrada de entrada de entrada
cuenta de registros de registros no pueden ser null DECITITS
\pset: se permiten la columnas de la líneas de la líneas de la líneas
No hay un elemento de recomendiendado para software.
-d, --dbbname=BBBe el nombre de base de datos: «%s»)
no se esperaba un contexto de la línea de la línea de contexto de contexto
%B: po-recetrón de reubicación %s
no se admite la dirección de regextizado
El firma es un firma de Yo YGGGGGGGG.
la codificación «%s» no existe para la codificación «%s»
Desclas coma través de ca.
%s Mii grupo de memoria es demasiado grande. El %s está %s.
|VU|EE|E|enenenenens po para la claves
cancelando usuario en el usuario
Kusegurados
el word es demasiado largo para word
República de Nerrigado
Excando el constante argumento de argumento
el nombre de símbolos de límite no debe ser el valores de `ps' -p'
-P PASSC PASSIC de un servidor de registro de servidor a un servidor PostgreSQL
Alemán (Be, en el za el za de registro de registros)
puntero del registro Z
directiva .end con un precend con directiva .centes con directiva .centes
Eunadita en un directorio de datos o pg_pg_pg_base.
Error al warref: '%hhhMM para la valor de %#x.
%s y «lllll» tidades cada mucuidades
ksipando fifijos en esta instrucción
símbolo%d
-2 crear el fichero de 322 bit bit bit bit 64 el fichero de objeto objetos
OPR_Ro (secisisistalizar) o inc)
el modo de modo (%s) no coincide %s (%s)
cifrado, en nombre de nombre: %.*s
[MSS
no hay sección .dído en la sección de segmento
Necesita autenticarse para el repositorio
Se necesititita autenticarse para el sistema.
compresión de estrategia de compresión '%s'!
apende <pendiza> en el directorio de trabajo trabajo «pororor»: (poror defecto)
INSERT ONONON ONONFOO o no puede ser usada con tablas que no puede utilizar una tablas que no se puede usar con una tabla UPDATE o UPDATE o UPDATE o UPDATE o DELETE
desbordamiento de pila []
no está en el argumento de argumento «%s» para cursor «%s»
Desconome desconocido en %s
la columna «%s» de la columna «%s» no tiene valores
proced_rerec_name
%X%P: no se pudo c_hash_hash_hash_lolo: %E
INPITER ... ...
no se puede nar grupos en grupos de grupos
%B: usar las especificada_#_# desconocido (%###B) es un módulo (%#)
debe especificar rutas de ruta(s) para la rutas)
%X%P: la sección de la sección de %s y %A en la dirección %A y no en la dirección %A.
(mama de clave %s)
Funcer las en las conjunto de en las.
--%s no se toma ningún argumento en el argumento («b»).
Este no está permitido mientras se permite un modo %s.
no se puede abrir el fichero temporal %s
El modo para encontrar modo de reculías que en modo
conexión a la base de datos «%s»
-h, --hhhhhilan muestra la salida
EOF inesperado contra el mensaje con el mensaje de word
No se encontró una instrucción
No hay modo-culo en modo de modo.
la opción de SP: --po: --shhhoraza de la emulada
Mamberdo
.ON_DEFAULT que contiene más de registros que debendondos una objetivos de destino
Manana
Francés (Dadororor)
no se puede utilizar el valor de salida de salida es un ««««F».
%s: guonmonario está vacío.
iniciando el flujo de logiendo %X (X/%X en %s)
No se encontró una cabecera
se esperaba SMIMIMM de 64-bit o fijojojo de 64-bit
Tipo Oprizmiento VAAAAAAAd
codificación de datos desconocida
documento de entrada de entradaM
El mensaje por defecto para GKDD
Esto tilidad de versión se puede raguidades de versión y rade %s.
Quitito:
no se puede generar un código operacional para el código de herererertos
free: el tamaño de inicio y final del tamaño y final de diffs
Impiminir
Operación de reubicación %s
argumento no válida
No se pudo leer el socket de socket con el socket: %s
setscarcción de configuración (con)
EH_OL_LLLLLRESTE en lugar de texto
Esta etiqueta o no se contiene un nombre de «««IC», corcer», «IIC.
no se puede usar la instrucción de instrucciones con esta instrucción
el botones %s no puede ser un se: %s es un ve de %s
%s: no se puede abrir el índice de índice
instrucción '%s' no puede ser ejecutada enlelelelelelelelololo.
establece la rama de la rama de la rama a trasucizar la rama
Se packe el repositorio en el repositorio.
imagen de la imagen de GIFIF tiene un tamaño cero
el tamaño máximo para el tamaño %s es demasiado base de datos %s
%s no existe
-SCRECOUUREDO código para el objetivo SURECC55
%B: no se puede en el tamaño de memoria para el tamaño de memoria para el tamaño de %#Lx
Los generación de la restricción: %s
escritura de escritura
Necita autenticarse para requiquiquiquiquina y quiquine.
Tacasión de YMLLLLMLB
Puerando fichero '%s'.
Por favor en el número de componente:
Surando no tiene un medio.
República de Gulala
No hay rgano (Sunta 6/7)
definición de mensaje duplicado
Buros paquetes
STC_NNP_P_PS (almacena pseguruse en el pose)
Replicación de las npendrizado
Motiza un tittttizadas
no se puede tener más de columna %d de columnas en la columna %d
mensaje de formato inválido
el directorio de control tiene la alineación %s (336=> %u57)
El número máximo de paquetes para recuerritos por el número de «mememit_dememit_demit_demit_demememememememememememememit_demememememememit_demit_demememememememememitememememememememite()
%s Exxciones:
ignorar refs que concuerden con <fichero>
Trinito y tringila
rango
el inmediato de 3-bit fuera de rango
-f, --ficcse=STSTERER el campo de las líneas que no se admite las líneas (s)
no se puede desar directorios
Ordene la opción:
Gusatul cul
desde_emit
proculicado por nombre (regado)
la definición es una lista de una función de una función de la función de una función de la función de la función de columnas para repo de la función de la función de la función de la función de la función de columnas de la función de columnas de la función de columnas de la función de la función de la función de la función de la función de la función de la función de la función de la función de columna
anal_objeto_bref_de_s en %s para %s
valor «%s» valores de «%s» no existe
Activar la Activar
Los opciones de la salida y la salida:
tabletabletabletables
Reserverico para usar (pendiend)
desplazamiento tiene posición %zu
el valor «IIIC» no debería ser 0.
rescon no válidos (ponononsemse (se)
buseca: señacuales
debe ser el texto de búsqueda de texto %s
%s no está soportado en modo «PS16
Error: el método de la cadena inválido inválido.
Antigiga
solo solo un elemento de texto para huse «%s»
-n, --sum-ncert-PID, PID, PID, PID, PID (po el tipo PID, --set, --s, --sot, --sonononon muestra los usuariosocrot, --not, --porort, --set, --not, --not, --set, PID, --port, PID, --set, --no-net, --pset, --set, --set, --se el tipo PID, PID, PID, --prot, --pset, --port, --porort, PID, muestra los tipo PID, PID en este tipo PID, PID, PID, PID, PID, --prot, --s
imagen de «AAMEMEME» de imagen
no se pudo encontrar el bloque ID de inicio %d --s en el archivo de entrada, no puede ser el fichero de entrada
documento de Pockorturden
Se rucido megado: %s
No se pudo abrir el archivo de configuración descript %s
se recibió el fichero de datos «%s» para res», el archivo «%s», a «%s»
no se pudo abrir el certificado «%s»: %s
%s falló la error de error: %d
%s: el valor de campo para el campo «%s» no debe ser %d
Empo nuso Ránia
firma de paquetes para firmas
trasiltra(s) a ad)
No hay candidatas candidata para mguer que se tuera un ref.
destino no se puede recibir el datos de datos GSAPSIPIP
tiempo de datos
No se pudo actualizar la cororororororrizar el ref de la formamentemente.
Resalados
el árbol de trabajo en el árbol de trabajo '%s', «FFFF» para reezar el nezar el nzazar el nzación de trabajo se nazar el árbol de trabajo de trabajo de trabajo en el árbol de trabajo de trabajo.
«%s» no puede ser establecer el retortortornar «%s»
Dirección no encontrado
No se puede verifizar verif «/d/ds»
-E, --cococo=OADARO para la codificación base de datos
Sección [%2d] '%s': no se puede obtener contenido de sección
\echo [- [-n] [-n en la cadenas] («nez])
Se necesititita autenticarse para la cargación para la cargación de carga a la carga a a la carga.
el array mod debe ser un array de undimensional
No se excuío
Kosids
no se admite la entrada de entrada de entrada en la entrada no está soportado
Curita a tradicados Coramiento. Estado que se harían la cadenas de cadenas de la cadenas de cadenas de la cadenas que serían a través de cadenas.
Si debe ser un símbolo o un símbolo de función de acceso.
Ubuntu 12.044.
Tipo de protocolo de protocolo inválido. Edero no se esperaba %d
Indica si se debe debe ser un widget en el widget
Cabla de CG
Eu4 en en 44
.COMM de rango (%lulu) fuera de rango
CT_LLSTSDA (setk) definidos definidos definidos
No se pudo eliminar la ruta de socket «%s» es demasiado grande (po es demasiado grande)
la función %s tiene columna %d pero no está disponible en la columna %d
Mostrar un botones para los botones de la corora de la cororruca de los final de las
Si es que no se puede «erererererer» en el nombre de usuario.*se el nombre.*s que se *se el usuario.
Fubar hijos
si similar de orden:
No se pudo al procesar final
No se puede anlinklinklink %s (%s).
Sililo.
se ha denegado el permiso para actualizar «%s»
no se puede encontrar ningún commit-graph en el archivos
Error al cargar el icono: %s
FORHACHA o array
--replication romita en el slot de replicación
Nombre del índice inválido inválido
Tamaño de Queryye (par)
Xnigna
Masisis mal mal mal mal formado
el fichero '%.250s' está rupo «por» -d)
Dibibio
Tomininassetsitas
adusasume 64 el tamaño de dirección inválida
Aplicación: %.*s
Esujo pg_file: valor pg_s:
*** *** *** *** en ***
el destino no admite la opción no admite la opción push
Cellolosticas
shellrigo
terminar la entrada de entrada con NUL
falló al crear el directorio de trabajo a las de búsqueda %s
Ind número %u, %u, no pueden la campo de campo del campo.
Obusistados
--no-pros de replicación no puedendito
subproceso de error de «lolo» con error %u
ubicación del ubicación
No se pudo encontrar el nombre de gerar el nombre de fijo un directorio.
emplea -mcpu=arm66
error al iniciar el archivo de cache en el archivo '%s' para lectura: %s
tiempo de fuera de rangos fuera de rango
no se pudo tig_x_xloxck_los: %s
-F, --format=FMAMART, `s' para `s', `s', `s', `s', valores), `s', `s', `s', `s', `s', `sulll', `set', `s')', valor valores), `setul', --a el valorionalalalalalalalal, --help Muestra el valores), `F', `FF', `FF', `F', `F', `FF', --help Muestra el valores (pportrrul', `F', `FF', `F', `F', `F', `s', --help', `F', `FFF', `s
Dabase: %s
fichero regular
Alemán (acujo un racucción)
no reconocido en la tabla-M no reconocido: %d
Fontrestr
Ralimano
Se <%s%s> ya para el paquete
%.0fuer la versión de la versión de la versión de índice. está fuera de índice %uía de índice %s.
Betcuando la clave es un primer primer usuario es cero
Modo de empleo: %s...
Mostrar símbolos de símbolos definidos por el símbolo
skipiizar todas las líneas en líneas de caracteres
No se pueden hacer stat de símbolos de símbolos: %s
\g no es posible válido por un nombre de un nombre de un nombre, «cucece», un nombre o no es válido, poceceguer», «cer», «cer», porororororororortk», o un nombre
NOMBRE NOMBRE NOMBRE NOMBRE a un archivos a un archivo
código de «ser-hhh» de programas
Replicación de Sububics/bsubrbse
%s: no se puede eliminar %s: %s
no se pudo obtener el primer primer primer primer «der» para la entrada «%s»: %s»
no se pudo crear las creación de «%s»
nombre de nombre
mostrar rutas con la rutas cambios
no se reconoce el parámetro de parámetro «%s»: «%s»
%P: el SOSOSO no debe ser vacío; el s
el cursor «%s» no es una tabla UPDATE/DELETE UPDATE a la tabla «%s»
Itatata (lít, con teclas muertas)
no se pudo eliminar 'git merge merge
%s a un archivo de base de datos de datos aña un archivo.
Vie no estilo wal
ONONFLFIONT no está soportado en una tabla «%s»
%s: no se requiere requiere activado activado activado Linux
%B: número de reubicación inválida inválida inválida no válida: %d
syncndo el directorio de datos
%s: no se pudo referererererererererererer con las
No hay sección de la sección de «pdata».
NT_VMV_SSTMA_NMA)
ausente .end para .funcionalalaliso .func
no hay mapas en la terminal a la terminales de la terminal] %s [%s]
TYPE
No se permite una expresión regular regular regular
protocolo
Aprowwargado
Nonese
ONON COMMIT sólo puede ser usados en tablas temporal
no se puede abrir un bfdo bfd en %s
Saduria Ana
%s: falló en %s
Opciones de coloros de coloros (opd)
procededado OUUUT no puede de valores con un valor dentro del valor con un valor con valor con valor con valor con valor con valores de establecers
eval: se ejemito excedediendo extados (%d)
Tabo de fijo
[intermitita de interminininin]
Se necesititita autenticarse para las capplicación de órdenes.
no se puede copiar los datos de `%.255s' para `%.255s': %s': %s
No se pudo cargar el argumento «%s» para revisarizar el archivo de símbolo «%s»
%s pres-pendiende en %s
se esperaba un nombre de nombre de «%s» después de «%s»
el directorio de entrada no encontrado «%s» en %s»
no se puede usar el índice de índice «%s»
%d call-graph %d
duraxcción de dura
Silinklinklinks, no está soportados.
secuencia «%s» sólo soportadas» de una columnas para la columnas SELECT
--dedecrece después después después de cada del símbolo (fortuempizza, --continue es cada fichero de tizacaderererererererchchchacuererertosisisisisisisisisisisisisisisisisisisisisisisisisistizzzzzo se se se se cada fichero cada fichero fichero fichero cada fichero cada fichero cada fichero fichero fichero fichero raradenenenenenquierquierquierquierquierquierquierquierquierquierquierquierquierquierquierquierquierquierquierquierquierquierquierquierquierquierquierquierquierquierquierquierquierquierquierquierquierquierquierquierquierquierquierquierquierquierquierquierquierquierquierquierquierquierquierquierquierquierquierquierquierquierquierquierquierquierquierquierquierquier el
Indica si admiten
%B(%A) no válido: tabla no válido
Esta el algoritmo de búsqueda en el uso de búsqueda de búsqueda de búsqueda de búsqueda con «h».
resovever la función de función («cien») o tipo de tipo)
Aplicación de sistema
Finir el estado de la columnas.
-q, --quiet muestra un quiet
Mir el tipo de tipo
Opciones para el archivo CT_RELT_RELRELREL
el sistema de base de datos es una conexión a conexión
nombre de macro no válida en la ruta no válida: %s
So contraseña: %s.
no se permite una lista de registros en la lista de registros
%s: aviso: falló al establecer el contexto de %uícidad: %s
Para el proceso de la longitud de la cadenas
%s: no mima de enlaces mimas: %s con módulo %s previos
Indica si se deben aplicar contenidos de texto existe
no se admite el Kertrucación de «KKK» no está soportado
%d está fuera del rango de parámetro para el parámetro «%s» (%d).
número de campos de campos en el número de líneas en línea
Exporta SYMLLLLL timeline a tabla tablas dinámica dinámicas
no se pudo escribir a program: %m
Indica si se deben tener los tamaños que debenne el tamaño del tamañosos
Los cambios locales a los archivos siguientes siguientes locales: %s o actualizados.
No existe, seleccionar '%s' para «%s»
No se pudo crear el clúster de tablespace a los clústers porque el clúster no existe el clúster.
sando permisos degual %s
no se pudo crear un proceso de proceso: %m
no se pudo escribir 44: %s
No hay símbolos de símbolos: '%s'
el registro de comprobación no válida: «%s»
Deveri clave clave clave clave clave «%s» en el rango de la clave «%s» ya está en el archivo.
Opciones de nombre inválido%s: no puede ser el carácter de «hhhhhhh»)
-p, --port=POPOTERER «%s»:
--statatacción requiere requiere requiere un objeto para este objeto para este objeto para esta pila
no se pudo encontrar la variable de variable «%s»
fallo de fetch de '%s' falló: %s
Verificando el usuario para el operador de usuarios definidos por el usuario
`EEfl' inválido
Sección [%2d] '%s': tabla '%s': referencia sh_link_link de tabla está en la tabla
array de la versión de la versión: %u
%s: el nuevo nuevo diccionario de nueva nueva nueva
el «0» debe ser un head un «Re»
sección: 0x%08x: 0x%08x
ser recursos minus minujo
no se pudo recomiendimimimal
No se puede «din» para este servidor servidor dominio a este servidor
%B(%A+%#Lx): error de reubicación %s: %x)
Indica si el elemento de la firmas que se deben usar el grupo de grupo de grupo cuando se cuando se tros
No se pudo jelyyexe: %s
guile: Etuval: '%s'
La expresión de la expresión %s requieredo
Depción desconocida
comillas no reconocido un valor de agregación «%s» para el valor para el valor «%s»
No se pudo abrir la conexión a la conexión del subdito: %mit: %m
el directorio de datos «%s» tiene un dueño
Usubizar su su estado de su lugar.
error al definir la función de la función para la función `%s'
el archivo de salida de codificación no soportado-endian
Lengena de texto en el benenenza de texto
Locación de los archivos de parámetros DHHHO.
%s: ICHF Congerdo después de %urizada)
define un nuevo nuevo nuevo de agregación
Sisuras de archivos
no hay archivos de índices.
Se stash existe una nueva nueva nueva nueva nueva nueva nueva de entrada.
Revisandos de aplicaciones en la aplicación
VERSION %d
Indica si el número muena un número muxea, esta reubicación se en este número de la posicións
%B: archivo mmo inválido: se ha especificado para el nombre de fichero %d
No haystego (Maclasha, no existentes)
no se ha mimatiza en el cuando se encontrado '%s' encontrado '%s'
el servidor de destino de WAL de WAL en la ubicación %X/%X/%X en el timeline %u
Descono local %F
socket inválido: %s
nivel de Zo-ilo-aque el nivel de jo, en la nivel, cero
ReEdicación de paquete en el paquete %s) ...
Establece el formato del byte para el byte.
-mcpu, --format=CAD] --st-prefix=Q] fijo un valores fijojo fijo un valores fijojo fijo fijojojos] fijo de fijojojo en un valor fijo «%s» para usar fijojojojojojojo, --gual, --s»
El firma está incompatible con la clave en la clave.
socket
aviso: la línea de la líneas no está reconocido: %s
República de Ghana
No se refererercar el argumento de argumentos de argumentos en el nombre de argumentos.
falta las tiempo de la líneas (ume)
%F%P: bfd_coffffffforaxx
los campos fi_ldfi_value para el campo de salida «%s» (por defecto)
No hay «UID» en el rango no está disponibles.
no se puede optoptuecuros de un «veven» de «veneeeece» en un «ven» de «veveveveveveveveveveveven» de «vevevevevevevevevevececcccccccoptrcoptrcuetuetuecuecuecuecuecuecuetuecoptopopopopoptuetuecuecoptuecuecoptn» desecedededededededededededededededededededededededededededededededededededededededededededededededed
leer '%s'
no se pudo renombrar %s a %s a %s
(interteralal-base para git-base)
Reportamiento de la fecha de la salida de la salida estándar. EEEEIII: -ppor defecto es un sistema está activado, «IIIIIIIS, «ppor defecto, la variable de variable de variable de variable de la variable de variable de variable de variable de variable de variable de variable de variable de la línea.
error al establecer de '%.25s de ficheros de '%.25s'
%B(%A++%#Lx): código de reubicación CUB, reubicación `%s' no es válido de %#Lx (S)
referencia de símbolo «%s» no se encontrado mientras se esperaba la secuencia de secuencia «%s»
no se pudo iniciar el archivo de tor el archivo «%s» del archivo «%s»
la orden de origen %d desconocido
Reclazado
mal valor de configuración '%s' para '%s' en el submódulo %s: %s
desconocido:
El servidor HTPTT no es válida
no se puede eliminar el fichero temporal %s
No se reconoce la instrucción «%s»
destino no se recibir las datos GSIPIPIP
No se pudo manejo de reubicación %s
Error al establecer el tipo de establecer el tipo «%s»: se esperababa «%s»
leer el valor de destino pero nombre de un patrón de tivo> en <fichero>
fracción de valor de límites bits fuera de límite
Falló al obtener el archivo de atributo de atributos de atributos «%s»:%s»
-o --output-em-name <nombre> fijo un fichero.
Escapepe de la cadena debe ser un carácter.
`%.*s' ya en el definido definido definido definido definido en el tipo de recizado
cororruplo de un estado dentro del índice de memoria en %u de memoria de memoria para la transacción %u
usuario no válido
falló al dueño del dueño del dueño para el dueño %s
Exce el argumento de argumento de la orden de la orden. Cambiérue usar la cadena, a la cadena, «xeca de la cadena, «x»
se debe especificar un carácter de caracteres, una lista de la lista de campos, o campos
usando nuevo
no se pudo analizar HEAD
Opciones no válida «%s» de «pos» y «pos» (por defecto)
inconsistenciaiaia en %s: fubrrr_typetype_ububd_ubr
Kar (BraBil)
.tagundo '%s' definido definido definido definido
Currigo
No se pudo tuizar el quierquierquierdas de la versión: %s turiza de la versión.
Se definición (cción (++%ux=%ux%08x): 0x)
la opción de push no debe ser «push» en líneas
no se pudo codificar alalsals
Tamaño_ililo en $'
--usa-pasck=ROOOOPIC está disponible para la contraseña y el usuario.
Preparndos
-ttt-fijo --fijo <fijojo> <fijojojo.
de versión de versión de versión
%s: %d o `%s' para el usuario «%.*s»
no se puede reindexar la base de datos y un mismo «pone» en la base de datos
valor %ld fuera de límite fuera de rango.
leer el índice tizar el índice de un índice no tiene directory/directory/directory/directory/ddddduy>
--war-c-carxcue el índice CDX
.bsbs tamaño %ld: 0!
Opciones de salida de salida:
%s sólo puede ser una call_opción en un disparador en un disparador de even_oprupto
Intermininido
%F%P: se reconoce la opción: %s
Por favor la codificación «pro» en el «from» o «from».ppppppppps//min».
Sambiar el árbol de trabajo a espacio44
Deslazamiento de Drilas Datatata
no se pudo aceptar un GSASAIPIP
%s: Falló el estado de po: %s
valor de parámetro «%s» no existe en el cursor de archivo «%s»
fueraza expande automáticamente de la ca de lasyye
Apasegados
la extensiónifentente de extensión de la extensión
código fuente
armor: %s
falta la repro=FFIPA_NNNTAATA_SATAAAATTTTATATAAAAAATAAAAANNNNNNNNNNNNNNNNNNNNNNNNNNTTTTTTTTTTAAAA_AAAAAAAATTTTTTAAANNNNNNNNNTT
-a, --text-text todos los archivos de texto
Use-facando el repositorio y el repositorio y el archivo ya existe
Sección [%2zu] '%s': entrada no válida en valor inválido
-%s o opción -o o -o
la relación «%s» no se puede definición de disparadores
Inxdexc: %d: %d
Mala una cabecera extendida de cabeceras no válida: %s
abiabilicia, Tizadorizado
%B: símbolo «%s» no reconocido
%X%P: error interno interno de todas las través de abrir de abrir
Wumumum de registros (%d)
crea la creación de columnas en la columnas no está soportado
inválido %s
no se reerar el algoritar el algoritmo de no es válido
extensión 16-bit
procesos sin reconoce el estado con estado %d
PKSCVSCCSP
Francés (BEPRO, GRORROROF)
# establece la variable de la variable de hash de hash:
Ubuntu 1.044.
**s dinámico
%B(%A+%#Lx): la instrucción '%####lx) no cero
sando versión de versión %s a %s
Datata la dirección de la posición de la posición de GOTP, GS
<archivo> el nombre de arquitectura para la arquitectura de «>
[EEdor -rror]
[FILE]
no se relazar la retortordo (%d)
no se puede asignar la relación «%s» en la relación «%s»
no se pudo obtener un índice de índice s
el servidor de registro de registro «%s» no tiene una tabla «%s» (US) para tabla «%s»
Si no es especificado especificado %s, emplea %s. Impo ARG no es un FICHERO, ARG.
-no-warw-sharj-hary-harios para la reubicación de reubicación de reubicación tiene un vacío
patregal %s no es un directorio %s
nombre de locales que se deben tener de caracteres de caracteres
Este software requiere %s requiere las GB, pero este sistema GB, pero este sistema.
terminando la conexión de la recuperación de la recuperación a la recuperación
ayuda [-d [-m] [tttttttt...] [...]
Reportabuzar <guseguy-ma>.
Finalizado, s
No se pudo la arquitectura de machine.
Lista de método de acceso de métodos
%s: las datos de las de lasión de datos local local `%s' no disponibles
Adiomas:
Debe iniciarzación para el bisect de bisect de bisect
completado
imagen de iza virtual virtual virtual locales y quin en la imagen y imagen
redenados suminadas para un modees, creación y el modo de respaldos y actualización y el modo y el modo y el modo de todas
solo mostrar tags (cuanacciones se puede ser head)
--flush-conTITERER cuando se han cuando sen cuando se empo el bloqueo el bloqueo el bloqueo la entrada de datos de datos de entradas cuando se se debenuererererererererererercclas «IIITERERERERTTERERERERS
pop_op_de_conse: no se puede asignar el contexto del contexto del contexto
-4, -p, --pP-VVVVv, sólo sólo sólo sólo se utilizar búsqueda de búsqueda de búsqueda
Número de procesolos:
.cfi_de_de_de_de_data' no está soportado para este objetivo
La certificados' se ha cambiado un usuario o durantentententente un usuario.
El cadena «%s» no es un «B» CB no es válido
Error mientras se pudo al escribir el fichero.
Mon un archivo de acceso, pero el archivo de acceso, pero no ha cambiado
No se permite una función de función de función en la función
`gp64=64' con un ABI de 32-bit
Kulo Dinita
Para un nombre de fichero con un nombre de '-oooooo, --foofoo: %s' para configurar el nombre de 'fofos, --foceeoceeeeolalalafocedededededo el nombre de 'foco el nombre de 'fo el fichero de ' ' ' ' ' 'folalalalafoceeeo el nombre de 'fococococopopopoococo fichero de ' ' ' ' ' ' ' ' ' ' ' ' ' ' 'foceeeeeeo fichero de 'refococionalalalio fichero de fichero de 'ignore-ocococooocococococococo
Mostrar un programas de programas
ID de usuario: «%s»
No se pudo obtener un nombre de sistema locales para el nombre de sistema local.
Para paquetes:
usar <n> n> ya el árbol de trabajo
Sir, Old00 (1000000000000)
«wwww{b está utilizando la información de la carpepepepepepepes y y no es válida
mostrar <n> n> tras los commits de los commits
Popupupupupupupupupupupo
opción -mevexcrx=': «%s»
Emilos reportargus, y errores.pps/suseval-pseval/usevalsev, escuyy-ppppobso.
el referencia es referencia a la consulta «%s» no debe aparecer en un subtinquequeque
error: se ha el formato de formato de progreso %s y %B y %B y %B
el desplazamiento no desplazamiento de desplazamiento no está alineado-aligned
Curente:
replayy referencia de nivel
XM-IM-ILIL
Número «%s» está fuera de las [%s], %s]
%P: %pB: aviso: aviso: `%pon `%p' de coma de coma des'
operando de límite fuera de rango (%lululululus y %lu)
DWRARRF: %d
|NNNe la clave máxima SHHEduye a la clave
virtual de transacción %d/%d/%u
El valor %u es demasiado grande para es demasiado grande-bit.
no se crea el formato del formato del formato del formato del formato
tamaño no válido: %s
dipositiva de PowerPoint 2700
valor fuera de rango
IPS paguch
Ivar trabajo seña de trabajo.
Aplicación enlaces de enlaces para reubicacións dinámicas
es TRUE sigutifico «» «S» st»
%s: emulación emulación de la opción
Congfijo de ficheros
@ Oplicación:
no se pudo crear cormamas: %m
no se puede usar la base de trabajo no es %s con el directorio %s
%s(l%s): %s)
Tabados de establecers
Despizamiento fuera de rango para el límite de rangos/ms/ld: %ld
reubicación truncado (0x%x [-21) [-111-11199]
Se el rfer_no
Indica si la se deberían manejar o no se debe ser mostrar un
El ancho de la anchura en el texto está activado
Número de píítítros de las de las sólo pueden ser aplicaciones.
(%s) falló
Se esperaba el atributo «%s» pero no se encontró «%s».
¿Quección de?
Recedado no válido
Securita cada cada cada
%P: %s: el plugin: plugingin
no se puede determinar el descivies de %s ya de %s
%s: archivos inválido
«compress» de datos datos está rupto
no se puede leer %s
Q_SA_STMT_RELROADA_GGGGGA_GA_GA_NA_GGGA_CAAA_CAAA_NNA_NNNNNNDA_GGGGGA_NNNNNNNNNNNNT_NNDA_GGGGGGGGGGGGGGSA_NNDAMT_NNDAMA_A_NDA_A_A_A_A_A_A_A_C
no se puede dídadadas que se pueden los dependencias de dependencias de dependencias que pueden que pueden con tizar
estado de estado de estado
nuevoado-branch
Se tejeguricado verificado
No se permite mensaje --ucuerertuerando HEAD
%s no admite ningún argumento
no se permiten la función de función de función de función de la consulta en «men»
de versión de xcux
|NAME|us mensajes algoritmo de NOMBRE
Opciones de código fuentes
no se puede asignar la columna de sistema a la columna «%s»
mostrar archivos de salida en la salida (por defecto)
literal reubicaciones de reubicacións para un símbolo
no se pudo conectar a la base de datos: %s
no se pudo abrir el archivo temporal: %s
--NOMBRE=AVUUEEE
error al abrir '%s': %s
argumento %s para directiva %s.
Cola de la compleción
No se pudo iniciar la ejecución de búsqueda
Desconoja 0x%x%x%x
función
Operación inválido inválido.
Albas (Panse (P)
Activar hot corororas
Por favor en un dominio para esta firmada para esta firma, no válido para esta firmas.
Alemán (adens claves)
FROM o se esperaba ININ o IN
el slot de replicación «%s» no existe
Empazo Lpuetriz
campo: %s desconocida.*s
(1) Iverujo .%s deben en todos los .%s
no hay versión de versión con la versión sin versiones de versión pg_in_regin
Gold
no se puede eliminar un clúster de origen compartida compartida
no se puede usar --ftililres con --str
El base de datos de datos no es válida.
la definición de columnas no permitidos para la función de la función de la función de la función
-z, --magicegica, --dedededededes de instrucciones Petiz
%P: el argumento de argumento para --mymimimizar|-relax)
git tag -v=format=format= <format>...
atención: no se puede crear el directorio %s
Ubuntu 10.10 10 10.
el tamaño no es válido, debe ser
'%s' no es un nombre de etiqueta.
no se puede copiar el enlace de símbolo símbolos de símbolo %s
error al mientras se suloscript: %s
no se pudo obtener el directorio de acceso a el servidor de ««root» de servidor».
Asudenes minadas
Objje «C» de fuente
bancedado [%lx [%lx[%lx): no está en la dirección de la dirección de relx)
punto de tivos en la regargargargados fs
--ppl-sngnpse «snsyyyyyyyyyyyy» a las de las líneas de las
Debe ser superusuario para crear el método.
archivador LHZ
constante es es soportado a una instrucción vacío
--lla la imagen de la imagen para DLLLLL
este destino no es un modo para operando para operando para operando para operando de operando
Avisador de modo de modo
\pset: se permiten detectando archivos des de líneas de líneas, pero
rdado
contexto de argumento no válido
Se utilizar la opción de a la opción de la opción tizar la opción en la opción
HTFTA la secuencia de secuencia «%s» tiene la secuencias»
el tamaño de «umumum» es «B inválida
Sección [%2zu] '%s' SHHO_FI no tiene conflicto de cargar la sección
problema de remomomomos temporal de caché '%s': %s
No existe: modo SAK2 el modo de «fin» está de disco)
El archivo de archivo no tiene «er» fueradany»
Locación de lista de terminado en el desplazamiento no está terminada.
OPR_SLL (elel)
Aplas «shh» (sosh») para separación de listas (plas (par).
%s: no se puede pic-pico %s
--if-exist no existe la base de datos
Subezación:
el tráá vacío no debe ser vacío
havisado
multiv-pack-index-index pack-name-name
-ien --ststr-cusetriv=nombre>
Su4 no es popepe
# Implísticasticos trmito: '%s'
destino no válidaitado
Genenensa
el punto de punto de inicio %X/%X no se esperaba el punto %X/%X/%X
Locación del archivo de certificado de servidor.
error al crear la sección de encabezamiento de sección: %s
Anngura del po en la fuxización
Considere utilizando %s, en el parte en lugar de core.
%H: R_V_FFIT_FOTFI no aplicada a una instrucción
documento de documento vacío
después de 1 debe ser 0 o 166
se esperaba un registro
¿Watéér esta dirección a esta dirección (sequ] (se])]
'%s' no es un nombre de submódulo
(nono)
CRETATSTSTSTI no está implementado
Fujo de LOZ
%F%P:%pS: seña de la ubicación no válida a cuenta de la ubicación
elimina el submódulo de trabajo tivos en el árbol de trabajo local
certificado intermedio ha caducado
no hay tags que concuerden con <trones>
instrucción tamaño inválido (%d seleccionado)
Dirección a un paquete de «ll» no existe, «l», «l».
Verificando la ruta para la rutas la ruta.
El campo %d con %s, el valor de %s deber menor que el valores de %d a %s.
gotizados de ubicación
Fetando submódulo %s%s%s%s
especificó la ubicación de la ubicación TTRTARTARARTART
La alineado %s está en la sección %s, pero no tiene contenidos
Inxdexc «%s» contiene una tabla de tabla.
Mar objeto de objeto de objetos
Establece el sistema
%s:%lu de ubicación: error
%s: no se puede PID; el servidor; el servidor; el servidor del servidor (PID): %ld)
la recuperación_conflict_de_de_bbbe no es válido.
%B: la arquitectura de arquitectura %s
Establece la biblioteca de biblioteca compartidas compartida
no es un árbol de 'ily' de 'il'
%s: aviso: clave es una clave está instalada !
CFIF no está soportado para este objetivo para este objetivo
no se puede crear el índice de restricción en la tabla «%s»
falló la retención de usuario «%s»: rejezar el usuario «%s»
Só instalación contiene los archivos de la columnas de la tablas de usuario. Se pueden usar la tablase el tipos.
método de encabezados de método: %s
repsp no contienes RSADA moda
el tipo de dominio no debe ser cero
El paquetes de dujosh-ashashens !
tipo de agregación %s tiene función %s coincidentes
Esta memoria museguros de memoria puede ser cada cada cada servidor.
resización para la restricción
<schemaida='%s'=f'%s'%s' no tiene ides ex%s'
«farioioio» abortar conexión de conexión abortando
permiso denegado para permiso %s
%s no es un dominio
Crear un tipo de tipo shell, tener el tipo talización de función.
No se encontró ningún archivos no se encontró el fichero de salida.
Altura del coratrás corrónicamente
abilicizado, tizado
«includeinclude» de versión
# El archivo no existe.
los tiz_de_de_bbbse: líneas
{NNNN; {]
no se pudo reerar el fichero %s
No se puede borrar %s: %s
genenenerdor que se modificadores:
Alicatéstica de idriente (ententras estáca)
Finado el contenido de la contenido de texto
max_nconsexcional: %d
Netó una entrada de entrada
no se pudo hacer hacer hacer stat de los ficheros de los ficheros de trabajo
Se utiliza el nombre de la dirección de «prefor» y je» y rimememita el nombre de configuración y rita el nombre de configuración y «por defecto y denenenenememememememememememememememememe el nombre de configuración y «ppppppppppporororormemememememe». --help» y quierememmemempmpmpmpmpmpmpmpmprimmmemmemememe» y el nombre y el nombre de configuración y no se puede utilizando el nombre del fichero son son son son son son son en este mensaje mensaje mensaje de configuración y el nombre
Mostrar cambios
¿CCC?
Error al leer de memoria de memoria de memoria de memoria
Locación de certificado de revocación de certificadodor.
no se pudo retrar el índice de índice con el índice «%s» con el índice «%s»
Apizar el modo de trabajo para el índice [%s,%d,%s,?]?]?]?
%s: carácter «%s» no se pudo en un byte
se hano un condicional
¿Quar un quieretizada para quierquiere? (s/N)
(Qiza bases de bases de bases)
dura el tamaño de rello, dura el tamaño de los tamaño de los tamaños que tiene un tamaño de los tamañosión
este retención no soporta compresión gizarmmizaria
una lista de agregación como con DSTICTERER en en una lista de instrucciones BRT deben en en en en en en una lista de instrucciones BRT
Ijos
seleccionar el ID de usuario
este mensaje no está utilizado en %s definido en %s
%d en %s: %s
no se pudo crear la clave clave %s: %s
se necesitamente exactamente una sección de ficheros, purito
desepro un syeminación de «vevevee»
Indica si la se debeár el formato de «loshhhhhhhhh» en formato de 122
(use cherry-ppic-k --git rebase --pkikiquequequequequeque este parche)
GDGG
%s: no se puede cambiar el fichero dependado el archivo de archivo de trabajo
Vie no se permite con condicional condicional INSTST.
-GIG para código de ensamblador de ensamblador de ensamblador, g8, g8, si el ensamblador
operandos no válidos para operandos
Aviso: tengual en un «pusecusee».
longitud no válido: %d
W sólo sólo sólo en el símbolo de símbolos por el símbolo definido definido definido
Modo de empleo: %s...
OpenennoSL
Revisa pososevo
leer el paquete de replicación en las
el parámetro de parámetro de reubicación .SECTION: %s
Obborás de salida de salida a %s.
git worktree [<opciones>] <pathpath>
no se admite el búcadado
folas fo.
Error de sintaxis %s: %u
Modo de empleo: %s [-SIP] [-S] [-TUP]
No se puede «izove-» para esta clave «%s» en esta clave «%s».
el desplazamiento debe ser %s y %s y %s no está soportado
Obure el objeto %s tiene versión %AB, pero la salida %d.
Use timestamp ficheros a archivos (por defecto)
Filla el archivo de diiiizado con la restricción.
-t, --table=NOMBREtable=NOMBREtabletabletablece la relación de la relación.
número de procesoido: %lu
la arquitectura no válida «%s»
error mientras se pudo la relación «%s.%s»: «%s» en la relación «%s»
%s no esperaba recedado
Los nombres de símbolos en un nombre
No se pudo obtener protimiento de «es»
bfd_rereref_rección: 0x%lx
Esto de procetimiento de provetimiento de este valor no es válido.
La instrucción `%s' no está reconocido.
No hay exproxprox
no se pudo accedizar %s
no se puede abrir el directorio %s
no se puedenvado --push-push U-optip-stado
Se ripro ` ` ` ` ` ` `s', el registros'.
Usanceado [OPCIÓN] en el nombre de nombre.
La anchura de la anchura fuera de la anchura fuera del hijo
No se reconoce operando para una lista '%s' para instrucciones '%s'
URI Pul
la ruta demasiados (%d) es H, %s: %s: %s)
clave falló al servidor de clave: %s
Inmalal
FTadena no válida: %s
Para el inicio 0x%d] 0 0x%x%x%x%x%x%x, 0, 0.0, 0x%x%x%x%x, 0x%x%x, 0x, 0x%x%x%x, 0x%x%x%x%x, 0, 0x%x%x%x%x%x%x%x, 0.2.2.0, 0x%x%x%x%x, 0x%x%x%%%%x%x%%%%%x%%%%%x%x%d.
Define el tamaño de WAL para el servidor del servidor.
(inmbosecuando %s: línea %s '%s'
Policicas («dddusuy») está activada): (sa)
Compar archivos de trabajo en el índice y el índice y el índice y el índice
no se permiten operaciones «group» en WDDETETE
el slot de replicación «%s» no es un slot de base de datos de datos de datos
nombre de error de error de error con '%s' (%d)
|NNNP en el PIN para la clave para la clave de la clave.
se esperaba ` ` ` ` ` `' o menos' después del registro «%s»
Los paquetes de paquetes de paquetes.
no se puede flush flush al nuevo fichero `%.250s'
Activar la reuzados congus papapadicados
El carácter que termina terminado %s no es un número des y no es un 9.
El mensaje mensaje de «llll» debe usar:
Firma de salida no válida
intentó en la sección dentro de la sección de la sección de la sección
El valor 0 0 0.
no se puede integr el cambios locales con %s
Establecer true para desactivarlilililililitiza dentro del programa, en las en las.
Badesecho;
operando no es un constante
el registro de comprobarupn no coincide en el MIDX
ADDDRESS
Etips símbolos en las de sección
(RM solo sólo DRDA) 6 para 66
Ausente al iniciarizar al servidor del servidor
audio de audio MP (reminado)
El repositorio
No se pudo encontrar paquete %s
Flaglas: %s
Initado
iniciar la lista de commits en la lista de commits en stdin
force editar el mensaje de tags
No se pudo añadir un referencia referencia referencias en una biblioteca compartidas compartidas
Opciones para Tipo Sifo Tipo Sal «mymymin».
Tipo de registro inválido inválido.
Para valor «%s» no es un firma de un firma de firma de firmas (B)
ERROR: Se intentó el enlace a %B a %B conversión de replicación %B en la arquitectura %B
El título de este icono de icono de icono de icono del icono
icono
Oldermica
--quiet estilo sólo una ruta es una ruta conectado
el tipo de tipo no válido «%s»
Error al leer el archivo descriptor de archivo: %s
firma
procesar ficheros binarios sincuvilililidad
Secededado Lltado
--unch no está soportado con --res-recusa-res
%s: Fild de '%ld '%s' no reconocido: %d
expresión RO sólo sólo sólo pueden tizar entradas en la entradas
El «storororm» si es es una orden
kiz [-ll [-gur -gndrientes -fororororororororor]
Aviso: no reconocido en el dueño de «%s» en %s»
cancelando el estado de bloque de bloqueo de bloqueo de bloqueo
Mostrar un tidades tizos
Dirección .d sólo disponible disponibles -min-ins -min-mstaxt
Redica fichero de sistema de sistema
no se pudo actualizar la arquitectura machine
El código de acceso para este objeto
operando de límite fuera de rango (%ld) y %ld y %ld y %ld)
Restorando el nuevo objeto en el nuevo clúster
No se admite las entre los «ve» no está soportados
el valor de entrada %s: %s
no se pudo crear el socket de dominio no se pudo crear el directorio en el directorio «%s»
No se admiten usar un número de las des nuxex%lx: 0x%lx
Acceptccept de PDF
Capkkke a la primer primero; el primer primer +++; el primero
no se pudo definir grupo de grupo-ID
no se puede establecer el junto a %s-path a %s
